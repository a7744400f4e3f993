package deferredsim.core.reactor;

/** Twisted's {@code AlreadyCancelled}: Cancelling (or resetting) a delayed call that was cancelled. */
public final class AlreadyCancelled extends SimulatedException {
    private static final long serialVersionUID = 1L;

    /** The error with Twisted's message. */
    public AlreadyCancelled() {
        super("AlreadyCancelled", "Tried to cancel an already-cancelled event.");
    }
}
