package deferredsim.core.recording;

/** Why Twisted itself fired a deferred ({@link SimEvent.InternalFire}). */
public enum FireCause {
    /** {@code cancel()} errbacked it with CancelledError (no canceller fired it). */
    CANCELLED,
    /** A DeferredList or gatherResults with no members fired at once with {@code []}. */
    LIST_EMPTY,
    /** A list's last member got its result: the list fires with every result. */
    LIST_COMPLETE,
    /** A {@code fireOnOneCallback} list fires with the first success and its index. */
    LIST_FIRST_SUCCESS,
    /** A {@code fireOnOneErrback} list or gatherResults errbacks with the first failure (FirstError). */
    LIST_FIRST_FAILURE,
    /** An inlineCallbacks generator returned (or fell off its end): its deferred fires with the value. */
    GENERATOR_RETURNED,
    /** An inlineCallbacks generator raised: its deferred errbacks with the exception. */
    GENERATOR_RAISED,
    /**
     * Cancelling an inlineCallbacks deferred: Twisted errbacks it with an internal error that its
     * own first errback turns into a wait for the generator to finish.
     */
    GENERATOR_CANCELLED
}
