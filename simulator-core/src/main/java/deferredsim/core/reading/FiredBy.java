package deferredsim.core.reading;

import deferredsim.core.recording.FireCause;

/** Who gave a deferred its result: the scenario's (or program's) own call, or Twisted for a reason. */
public enum FiredBy {
    /** A {@code callback(v)}/{@code errback(e)} call: a scenario's fire or action, a program's call. */
    CALL,
    /** Its canceller, called by {@code cancel()}, fired it. */
    CANCELLER,
    /** {@code cancel()} errbacked it with CancelledError. */
    CANCEL,
    /** A list with no members fired at once with {@code []}. */
    LIST_EMPTY,
    /** The list's last member got its result. */
    LIST_COMPLETE,
    /** A {@code fireOnOneCallback} list's first success. */
    LIST_FIRST_SUCCESS,
    /** A {@code fireOnOneErrback} list's (or gatherResults') first failure. */
    LIST_FIRST_FAILURE,
    /** Its inlineCallbacks generator returned. */
    GENERATOR_RETURNED,
    /** Its inlineCallbacks generator raised. */
    GENERATOR_RAISED,
    /** Cancelling its generator: Twisted's internal error, turned at once into a wait for the generator. */
    GENERATOR_CANCELLED;

    /** The reason Twisted gives for an internal fire. */
    static FiredBy of(FireCause cause) {
        return switch (cause) {
            case CANCELLED -> CANCEL;
            case LIST_EMPTY -> LIST_EMPTY;
            case LIST_COMPLETE -> LIST_COMPLETE;
            case LIST_FIRST_SUCCESS -> LIST_FIRST_SUCCESS;
            case LIST_FIRST_FAILURE -> LIST_FIRST_FAILURE;
            case GENERATOR_RETURNED -> GENERATOR_RETURNED;
            case GENERATOR_RAISED -> GENERATOR_RAISED;
            case GENERATOR_CANCELLED -> GENERATOR_CANCELLED;
        };
    }
}
