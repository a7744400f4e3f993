package deferredsim.core.reactor;

/** Twisted's {@code ReactorNotRestartable}: {@code run()} on a reactor that has stopped: a reactor runs only once. */
public final class ReactorNotRestartable extends SimulatedException {
    private static final long serialVersionUID = 1L;

    /** The error with Twisted's message. */
    public ReactorNotRestartable() {
        super("ReactorNotRestartable", "");
    }
}
