package deferredsim.core.reactor;

/** Twisted's {@code AlreadyCalled}: Cancelling (or resetting) a delayed call that has already run. */
public final class AlreadyCalled extends SimulatedException {
    private static final long serialVersionUID = 1L;

    /** The error with Twisted's message. */
    public AlreadyCalled() {
        super("AlreadyCalled", "Tried to cancel an already-called event.");
    }
}
