package deferredsim.core.recording;

/** What made a deferred: a plain {@code Deferred()}, a DeferredList, gatherResults, or inlineCallbacks. */
public enum DeferredKind {
    PLAIN,
    LIST,
    GATHER,
    INLINE
}
