package deferredsim.core.reading;

/**
 * A point in a recorded run, between events: {@code position} events have happened. Position 0
 * is the start, before anything happened; position {@code size} is the end. Every view steps,
 * seeks and asks "where does each deferred stand now?" with one.
 *
 * @param position how many events have happened, 0 or more
 */
public record Playhead(int position) implements Comparable<Playhead> {
    /** The start of every run: nothing has happened yet. */
    public static final Playhead START = new Playhead(0);

    public Playhead {
        if (position < 0) {
            throw new IllegalArgumentException("a playhead position is 0 or more, not " + position);
        }
    }

    /** The point just after event {@code index} (0-based) happened. */
    public static Playhead after(int index) {
        return new Playhead(index + 1);
    }

    /** The point just before event {@code index} happens. */
    public static Playhead before(int index) {
        return new Playhead(index);
    }

    /** The index of the last event that has happened, or -1 at the start. */
    public int lastEvent() {
        return position - 1;
    }

    /** True at the start, before any event. */
    public boolean atStart() {
        return position == 0;
    }

    /** One event later. */
    public Playhead next() {
        return new Playhead(position + 1);
    }

    /** One event earlier; the start stays the start. */
    public Playhead previous() {
        return position == 0 ? this : new Playhead(position - 1);
    }

    @Override
    public int compareTo(Playhead other) {
        return Integer.compare(position, other.position);
    }
}
