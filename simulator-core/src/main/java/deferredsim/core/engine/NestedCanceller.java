package deferredsim.core.engine;

/**
 * A canceller whose work nests other engine operations (it fires the deferred, cancels what an
 * inline generator waits on): {@link Deferred#cancel()} runs it as a {@link Frames.Frame}.
 */
interface NestedCanceller extends Canceller {
    /** The frame that cancels the operation behind {@code deferred}; it returns nothing. */
    Frames.Frame frame(Deferred deferred);

    /** Runs the frame to its end, for a caller outside the engine's frames. */
    @Override
    default void cancel(Deferred deferred) {
        Frames.run(frame(deferred));
    }
}
