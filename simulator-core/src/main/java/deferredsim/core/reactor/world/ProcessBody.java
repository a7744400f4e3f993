package deferredsim.core.reactor.world;

/** The first turn of a {@link Process}: a server's loop, a client's {@code main}, a scheduler. */
@FunctionalInterface
public interface ProcessBody {
    /**
     * Runs the process's first turn; it goes on by ending with {@link Process#sleep} or {@link
     * Process#waitUntil}, and ends when a turn leaves no continuation.
     */
    void start(Process process);
}
