package deferredsim.core.reading;

/** Where a deferred stands at a point of a run: the words every view shows for it. */
public enum DeferredPhase {
    /** Not created (yet, or ever: a branch that did not run). */
    NOT_CREATED("not created"),
    /** Created, no result yet (an inlineCallbacks deferred while its generator runs or waits). */
    PENDING("pending"),
    /** It has its result and its chain is running right now. */
    RUNNING("running"),
    /** Its chain stopped to wait for an inner deferred a stage returned. */
    WAITING("waiting"),
    /** It has its result, but {@code pause()} holds its chain. */
    PAUSED("paused"),
    /** Its chain has run as far as it can: it holds its result. */
    FIRED("fired");

    private final String words;

    DeferredPhase(String words) {
        this.words = words;
    }

    /** A word or two for badges and summaries. */
    public String words() {
        return words;
    }

    /** True once the deferred has a result: it was fired (even if its chain is stopped now). */
    public boolean hasFired() {
        return this == RUNNING || this == WAITING || this == PAUSED || this == FIRED;
    }
}
