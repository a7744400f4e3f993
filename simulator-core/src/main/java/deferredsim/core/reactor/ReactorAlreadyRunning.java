package deferredsim.core.reactor;

/** Twisted's {@code ReactorAlreadyRunning}: {@code run()} on a reactor that is running. */
public final class ReactorAlreadyRunning extends SimulatedException {
    private static final long serialVersionUID = 1L;

    /** The error with Twisted's message. */
    public ReactorAlreadyRunning() {
        super("ReactorAlreadyRunning", "");
    }
}
