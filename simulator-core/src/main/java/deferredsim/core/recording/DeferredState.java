package deferredsim.core.recording;

/** Where a deferred stands, as the trace's result line says it. */
public enum DeferredState {
    /** Never created: nothing that references it ran. */
    UNUSED("unused"),
    /** Created, not fired. */
    PENDING("pending"),
    /** Fired, but its chain is paused: on an inner deferred or by {@code pause()}. */
    WAITING("waiting"),
    /** Fired, and its chain has run as far as it can. */
    FIRED("fired");

    private final String word;

    DeferredState(String word) {
        this.word = word;
    }

    /** The word used in traces. */
    public String word() {
        return word;
    }
}
