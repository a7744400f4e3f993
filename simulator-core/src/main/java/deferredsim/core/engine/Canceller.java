package deferredsim.core.engine;

/**
 * Stops the operation behind a deferred when {@link Deferred#cancel()} is called before it fired.
 * It may fire the deferred itself; if it does not, the deferred errbacks with CancelledError.
 */
@FunctionalInterface
public interface Canceller {
    /** Called with the deferred being cancelled. */
    void cancel(Deferred deferred);
}
