package deferredsim.core.engine;

import deferredsim.core.recording.CancelEffect;

/**
 * Stops the operation behind a deferred when {@link Deferred#cancel()} is called before it fired.
 * It may fire the deferred itself; if it does not, the deferred errbacks with CancelledError.
 */
@FunctionalInterface
public interface Canceller {
    /** Called with the deferred being cancelled. */
    void cancel(Deferred deferred);

    /** What this canceller does, as recordings report it: {@link CancelEffect#CANCELLER} unless told otherwise. */
    default CancelEffect effect() {
        return CancelEffect.CANCELLER;
    }
}
