package deferredsim.core.reactor.server;

/** What a Twisted server's protocol does with each client. */
public enum ServerKind {
    /** Part 11's fast server: writes the whole poem in {@code connectionMade}, then {@code loseConnection}. */
    FAST("fast"),
    /**
     * Part 11's exercise: a slow server whose protocol sends the poem a chunk at a time from a
     * {@code LoopingCall}, stops the loop after the last chunk and closes.
     */
    SLOW("slow"),
    /** Part 12's transformation server: a netstring request {@code NAME.POEM}, a netstring reply. */
    TRANSFORM("transform");

    private final String word;

    ServerKind(String word) {
        this.word = word;
    }

    /** The word in scenario files. */
    public String word() {
        return word;
    }
}
