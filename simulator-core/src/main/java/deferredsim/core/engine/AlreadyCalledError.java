package deferredsim.core.engine;

/** Twisted's {@code AlreadyCalledError}: a deferred was fired a second time. The chain is unaffected. */
public final class AlreadyCalledError extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    AlreadyCalledError(String deferred) {
        super("AlreadyCalledError: " + deferred + " has already been fired");
    }
}
