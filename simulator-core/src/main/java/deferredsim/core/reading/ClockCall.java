package deferredsim.core.reading;

import deferredsim.core.time.Time;

/**
 * A call put on the virtual clock: a scheduled fire or action.
 *
 * @param id the clock's number for it
 * @param description what it does ({@code fire x}, {@code cancel d}, {@code add d [...]})
 * @param scheduled the event that put it on the clock
 * @param due when it is due
 * @param ran the event at which it ran, or -1
 * @param cancelled the event at which it was cancelled, or -1
 */
public record ClockCall(int id, String description, int scheduled, Time due, int ran, int cancelled) {
    /** True when it is on the clock, not yet run or cancelled, at {@code at}. */
    public boolean pendingAt(Playhead at) {
        return scheduled < at.position()
                && (ran < 0 || ran >= at.position())
                && (cancelled < 0 || cancelled >= at.position());
    }

    static final class Builder {
        final int id;
        final String description;
        final int scheduled;
        final Time due;
        int ran = -1;
        int cancelled = -1;

        Builder(int id, String description, int scheduled, Time due) {
            this.id = id;
            this.description = description;
            this.scheduled = scheduled;
            this.due = due;
        }

        ClockCall build() {
            return new ClockCall(id, description, scheduled, due, ran, cancelled);
        }
    }
}
