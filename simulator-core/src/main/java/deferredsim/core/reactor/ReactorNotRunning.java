package deferredsim.core.reactor;

/** Twisted's {@code ReactorNotRunning}: {@code stop()} on a reactor that is not running: not started, stopping or stopped. */
public final class ReactorNotRunning extends SimulatedException {
    private static final long serialVersionUID = 1L;

    /** The error with Twisted's message. */
    public ReactorNotRunning() {
        super("ReactorNotRunning", "Can't stop reactor that isn't running.");
    }
}
