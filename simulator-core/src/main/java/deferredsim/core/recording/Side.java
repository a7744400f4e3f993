package deferredsim.core.recording;

/** Which member of a pair ran: the callback (success side) or the errback (failure side). */
public enum Side {
    CALLBACK("callback"),
    ERRBACK("errback");

    private final String word;

    Side(String word) {
        this.word = word;
    }

    /** {@code callback} or {@code errback}, as in traces. */
    public String word() {
        return word;
    }
}
