package deferredsim.core.reading;

/** What sort of moment an event is, for views that group, colour or filter events. */
public enum MomentKind {
    /** A deferred is created, or a pair added to its chain. */
    CREATE("create"),
    /** A deferred gets its result: a fire by a call, a canceller, a cancel, a list or a generator. */
    FIRE("fire"),
    /** A stage ran. */
    STAGE("run"),
    /** A chain stops to wait for an inner deferred, or a generator at a yield. */
    WAIT("wait"),
    /** A chain takes an inner deferred's result, or a generator resumes. */
    RESUME("resume"),
    /** {@code cancel()} and where it goes. */
    CANCEL("cancel"),
    /** {@code pause()} or {@code unpause()}. */
    PAUSE("pause"),
    /** A list records a member's result. */
    LIST("list"),
    /** A pass over a chain ends. */
    PASS("pass"),
    /** The clock schedules, runs or cancels a call. */
    CLOCK("clock"),
    /** Something goes wrong: AlreadyCalledError, a swallowed late fire. */
    PROBLEM("error"),
    /** Where a deferred stands at the end of the run. */
    END("result"),
    /** A reactor's state changed, or a startup trigger or a logged error: the reactor itself. */
    REACTOR("reactor"),
    /** A timed call was scheduled, ran or was cancelled. */
    TIMER("timer"),
    /** A process printed. */
    PRINT("print"),
    /** A process's code called a function (a protocol method, a callback). */
    CALL("call"),
    /** A process's thread was held or freed. */
    BLOCK("block"),
    /** A process started, exited or crashed, or the simulation hit its time limit. */
    LIFE("process"),
    /** A connection was made, refused, accepted or closed, or a server listens. */
    NETWORK("net"),
    /** Bytes were sent or read, or a read saw the end of the stream. */
    DATA("data"),
    /** A reactor's select returned. */
    WAKE("wake"),
    /** A lane of an execution model began a segment. */
    SEGMENT("lane");

    private final String word;

    MomentKind(String word) {
        this.word = word;
    }

    /** A short word for the kind: {@code fire}, {@code run}, {@code clock}. */
    public String word() {
        return word;
    }
}
