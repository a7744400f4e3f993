package deferredsim.gui.editor;

import deferredsim.core.scenario.FireMethod;

/** How a plain deferred is fired by itself: not at all, by {@code callback(v)} or by {@code errback(Exception(v))}. */
public enum FireChoice {
    NONE("not fired", null),
    CALLBACK("callback", FireMethod.CALLBACK),
    ERRBACK("errback", FireMethod.ERRBACK);

    private final String words;
    private final FireMethod method;

    FireChoice(String words, FireMethod method) {
        this.words = words;
        this.method = method;
    }

    /** The method, or null for {@link #NONE}. */
    public FireMethod method() {
        return method;
    }

    /** The choice for {@code method}. */
    public static FireChoice of(FireMethod method) {
        return method == FireMethod.CALLBACK ? CALLBACK : ERRBACK;
    }

    @Override
    public String toString() {
        return words;
    }
}
