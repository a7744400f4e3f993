package deferredsim.core.reactor.event;

/** What a lane of an execution model (Part 1) shows during a segment. */
public enum SegmentKind {
    /** A task runs on the CPU. */
    CPU("cpu"),
    /** A task waits (for I/O); on a synchronous lane the whole program is blocked. */
    WAIT("wait"),
    /** A thread could run but has no free core. */
    READY("ready"),
    /** The lane runs nothing: every task waits. */
    IDLE("idle");

    private final String word;

    SegmentKind(String word) {
        this.word = word;
    }

    /** The word in traces. */
    public String word() {
        return word;
    }
}
