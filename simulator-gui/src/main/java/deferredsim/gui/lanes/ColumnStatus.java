package deferredsim.gui.lanes;

/** Where one deferred stands at a moment of playback, as the lanes badge it. */
public enum ColumnStatus {
    /** Not created yet (or never: a branch that did not run). */
    NOT_CREATED("not created"),
    /** Created, not fired. */
    PENDING("pending"),
    /** Fired; its chain is running. */
    RUNNING("running"),
    /** Its chain stopped to wait for an inner deferred. */
    WAITING("waiting"),
    /** Its chain is held by {@code pause()}. */
    PAUSED("paused"),
    /** A pass over its chain ended with a result. */
    SETTLED("has result");

    private final String words;

    ColumnStatus(String words) {
        this.words = words;
    }

    /** A short description for badges and summaries. */
    public String words() {
        return words;
    }
}
