package deferredsim.core.clock;

import deferredsim.core.time.Time;

/**
 * A call scheduled on a {@link VirtualClock}, like Twisted's {@code IDelayedCall}.
 *
 * <p>It runs once, at or after its due time, unless cancelled first. Get one from {@link
 * VirtualClock#callLater(Time, String, Runnable)}.
 */
public final class ScheduledCall {
    private final int id;
    private final Time due;
    private final long sequence;
    private final String description;
    private final Runnable action;
    private final VirtualClock clock;
    private boolean called;
    private boolean cancelled;

    ScheduledCall(VirtualClock clock, int id, Time due, long sequence, String description, Runnable action) {
        this.clock = clock;
        this.id = id;
        this.due = due;
        this.sequence = sequence;
        this.description = description;
        this.action = action;
    }

    /** A number unique within its clock, in scheduling order from 1. */
    public int id() {
        return id;
    }

    /** When it is due ({@code getTime()} in Twisted). */
    public Time time() {
        return due;
    }

    /** What it does, for timelines: "fire d", "cancel L". */
    public String description() {
        return description;
    }

    /** True while it has neither run nor been cancelled. */
    public boolean active() {
        return !called && !cancelled;
    }

    /**
     * Cancels the call so it never runs.
     *
     * @throws AlreadyCalledException if it has run (Twisted's {@code AlreadyCalled})
     * @throws AlreadyCancelledException if it was cancelled before (Twisted's {@code AlreadyCancelled})
     */
    public void cancel() {
        if (cancelled) {
            throw new AlreadyCancelledException(description);
        }
        if (called) {
            throw new AlreadyCalledException(description);
        }
        cancelled = true;
        clock.cancelled(this);
    }

    long sequence() {
        return sequence;
    }

    void run() {
        called = true;
        action.run();
    }

    /** Twisted's {@code AlreadyCalled}: cancelling a delayed call that has already run. */
    public static final class AlreadyCalledException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        AlreadyCalledException(String description) {
            super("AlreadyCalled: '" + description + "' has already run");
        }
    }

    /** Twisted's {@code AlreadyCancelled}: cancelling a delayed call twice. */
    private static final long serialVersionUID = 1L;

    public static final class AlreadyCancelledException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        AlreadyCancelledException(String description) {
            super("AlreadyCancelled: '" + description + "' was already cancelled");
        }
    }
}
