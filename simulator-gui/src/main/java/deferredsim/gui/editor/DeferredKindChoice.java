package deferredsim.gui.editor;

/** Which kind of deferred a draft is: plain, a DeferredList / gatherResults, or an inlineCallbacks generator. */
public enum DeferredKindChoice {
    PLAIN("plain Deferred"),
    LIST("DeferredList"),
    INLINE("inlineCallbacks");

    private final String words;

    DeferredKindChoice(String words) {
        this.words = words;
    }

    @Override
    public String toString() {
        return words;
    }
}
