package deferredsim.core.recording;

/** What Twisted does when {@code cancel()} reaches a deferred ({@link SimEvent.CancelArrived}). */
public enum CancelEffect {
    /** Unfired, with a canceller: the canceller runs; if it does not fire the deferred, CancelledError does. */
    CANCELLER,
    /**
     * Unfired, without a canceller: the deferred errbacks with CancelledError, and Twisted will
     * swallow the next late {@code callback()}/{@code errback()} instead of raising AlreadyCalledError.
     */
    NO_CANCELLER,
    /** Fired, but its chain waits on an inner deferred: the cancellation goes on to that one. */
    FORWARDED,
    /** An unfired DeferredList or gatherResults: every member is cancelled, in order. */
    MEMBERS,
    /**
     * An unfinished inlineCallbacks generator's deferred: the deferred the generator is waiting
     * on is cancelled, so CancelledError is raised at its yield.
     */
    GENERATOR,
    /** It has its result already and waits on nothing: nothing happens. */
    NO_EFFECT
}
