package deferredsim.core.reactor.world;

/** The code a {@link Process} runs: a server's loop, a client's {@code main}, a scheduler. */
@FunctionalInterface
public interface ProcessBody {
    /** Runs the process to its end; it may {@link Process#sleep} and {@link Process#waitUntil}. */
    void run(Process process);
}
