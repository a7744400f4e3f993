package deferredsim.core.reactor;

/** Twisted's {@code ReactorAlreadyRunning}: {@code run()} on a reactor that is running. */
public final class ReactorAlreadyRunning extends SimulatedException {
    /** The error with Twisted's message. */
    public ReactorAlreadyRunning() {
        super("ReactorAlreadyRunning", "");
    }
}
