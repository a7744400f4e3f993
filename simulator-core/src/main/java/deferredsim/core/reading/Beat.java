package deferredsim.core.reading;

import deferredsim.core.recording.DeferredState;
import deferredsim.core.time.Time;
import deferredsim.core.value.Value;

/**
 * One thing that happened to one deferred, in the order of the run: what the views draw along a
 * deferred's chain (its entry, the value after each stage, notes about waits, cancels and late
 * fires). {@link Reading#beats(String)} lists them; each names the event it comes from.
 */
public sealed interface Beat {
    /** The index of the event this beat comes from. */
    int index();

    /** When it happened. */
    Time time();

    /** How a deferred came to exist. */
    enum Origin {
        /** Declared at the top level of the scenario (or made by a program's own code). */
        TOP_LEVEL,
        /** Made and returned by a stage of another deferred ({@code defer x}). */
        STAGE,
        /** Made as a member of a DeferredList or gatherResults. */
        LIST_MEMBER,
        /** Made and yielded by an inlineCallbacks generator. */
        YIELD,
        /** Made by Twisted for its own use. */
        INTERNAL
    }

    /**
     * The deferred was created.
     *
     * @param by the deferred that made it (its stage, list or generator), or null
     * @param at the stage, member index or generator step of {@code by} that made it, or -1
     */
    record Created(int index, Time time, Origin origin, String by, int at) implements Beat {}

    /** A callback/errback pair became stage {@code stage}; {@code atCreation} unless added later. */
    record PairAdded(int index, Time time, int stage, String callback, String errback, boolean atCreation)
            implements Beat {}

    /** The deferred got its result: the first fire. */
    record Fired(int index, Time time, DeferredSnapshot.Firing firing) implements Beat {}

    /** A fire after it had its result: swallowed silently, or refused with AlreadyCalledError. */
    record LateFire(int index, Time time, DeferredSnapshot.LateFire fire) implements Beat {}

    /** One of its stages ran. */
    record StageRan(int index, Time time, DeferredSnapshot.StageRun run) implements Beat {}

    /** Its chain stopped to wait for {@code inner}, which a stage returned without a result. */
    record Waits(int index, Time time, String inner) implements Beat {}

    /**
     * It took {@code inner}'s result {@code value} and its chain goes on ({@code immediately}: inner
     * had the result already when returned).
     */
    record Takes(int index, Time time, String inner, Value value, boolean immediately) implements Beat {}

    /** It handed its result {@code value} to {@code taker} (an outer deferred or a generator) and now holds None. */
    record HandsOn(int index, Time time, String taker, Value value) implements Beat {}

    /** {@code pause()} was called; {@code pauses} are now in force. */
    record Paused(int index, Time time, int pauses) implements Beat {}

    /** {@code unpause()} was called; {@code pauses} are still in force (its chain runs on only at 0). */
    record Unpaused(int index, Time time, int pauses) implements Beat {}

    /** The scenario called {@code cancel()} on it. */
    record CancelCalled(int index, Time time) implements Beat {}

    /** A cancel reached it and Twisted did what {@code cancellation} says. */
    record CancelArrived(int index, Time time, DeferredSnapshot.Cancellation cancellation) implements Beat {}

    /**
     * A list recorded member {@code member} (number {@code memberIndex})'s result; {@code remaining}
     * members have none yet; {@code consumed} when consumeErrors leaves the member holding None.
     */
    record Recorded(int index, Time time, int memberIndex, String member, Value result, boolean consumed, int remaining)
            implements Beat {}

    /**
     * Its generator stopped at step {@code step}'s yield to wait for {@code awaited}.
     */
    record Suspended(int index, Time time, int step, String awaited) implements Beat {}

    /**
     * Its generator resumed at step {@code step} with {@code in} ({@code caught}: a failure raised
     * there and caught).
     */
    record Resumed(int index, Time time, int step, Value in, boolean caught) implements Beat {}

    /**
     * A pass over its chain ended: with {@code result}, or stopped (null: waiting or paused);
     * {@code unhandled} is Twisted's flag after it.
     */
    record PassEnded(int index, Time time, Value result, boolean unhandled) implements Beat {}

    /** The end of the run: where it stands. */
    record Outcome(int index, Time time, DeferredState state, Value value, boolean unhandled) implements Beat {}
}
