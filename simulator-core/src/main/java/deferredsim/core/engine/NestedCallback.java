package deferredsim.core.engine;

import deferredsim.core.value.Value;

/**
 * A callback whose work nests other engine operations (it creates and fires deferreds, fires a
 * list, resumes a generator): a deferred running its chain calls it as a {@link Frames.Frame}, so
 * that work needs no Java stack. The frame returns what the callback returns: a {@link Value} or a
 * {@link Deferred}.
 */
interface NestedCallback extends Callback {
    /** The frame that does the callback's work on {@code result} and returns the new result. */
    Frames.Frame frame(Value result);

    /** Runs the frame to its end, for a caller outside the engine's frames. */
    @Override
    default Object call(Value result) {
        return Frames.run(frame(result));
    }
}
