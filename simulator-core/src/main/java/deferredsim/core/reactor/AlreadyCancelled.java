package deferredsim.core.reactor;

/** Twisted's {@code AlreadyCancelled}: Cancelling (or resetting) a delayed call that was cancelled. */
public final class AlreadyCancelled extends SimulatedException {
    /** The error with Twisted's message. */
    public AlreadyCancelled() {
        super("AlreadyCancelled", "Tried to cancel an already-cancelled event.");
    }
}
