package deferredsim.core.scenario;

/** How a deferred is fired: {@code callback(value)} or {@code errback(Exception(value))}. */
public enum FireMethod {
    CALLBACK("callback"),
    ERRBACK("errback");

    private final String word;

    FireMethod(String word) {
        this.word = word;
    }

    /** The word used in scenario files and traces. */
    public String word() {
        return word;
    }

    /** The method named {@code word}, or null when it is neither {@code callback} nor {@code errback}. */
    public static FireMethod fromWord(String word) {
        for (FireMethod method : values()) {
            if (method.word.equals(word)) {
                return method;
            }
        }
        return null;
    }
}
