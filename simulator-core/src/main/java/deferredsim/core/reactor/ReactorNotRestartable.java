package deferredsim.core.reactor;

/** Twisted's {@code ReactorNotRestartable}: {@code run()} on a reactor that has stopped: a reactor runs only once. */
public final class ReactorNotRestartable extends SimulatedException {
    /** The error with Twisted's message. */
    public ReactorNotRestartable() {
        super("ReactorNotRestartable", "");
    }
}
