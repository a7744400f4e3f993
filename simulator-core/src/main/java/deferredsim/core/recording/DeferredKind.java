package deferredsim.core.recording;

/**
 * What made a deferred: a plain {@code Deferred()}, a DeferredList, gatherResults, inlineCallbacks,
 * or Twisted itself for its own use (the deferred a cancelled generator finishes through).
 */
public enum DeferredKind {
    PLAIN,
    LIST,
    GATHER,
    INLINE,
    INTERNAL
}
