package deferredsim.core.engine;

import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link Scenario} on a fresh virtual clock, exactly as the real Twisted would, and returns
 * everything that happened as a {@link Recording}.
 *
 * <p>What happens, in order: the top-level deferreds' fires are scheduled (declaration order),
 * then the actions (listed order); then the top-level deferreds are created at time 0 in
 * declaration order (lists create their members, generators run to their first wait); then the
 * clock runs every scheduled call, earliest first, ties in scheduling order, until none is left.
 * The recording ends with one {@link deferredsim.core.recording.SimEvent.Outcome} per deferred in
 * declaration order, at the final time.
 *
 * <p>Chains and chained deferreds run iteratively. Deferreds fired as they are created ({@code
 * after: 0}) inside a stage nest calls the way they nest in Twisted, so {@link #run} uses a thread
 * with a deep stack for them.
 */
public final class Simulation {
    /** Stack for the simulation thread: deep enough for 100,000 levels of already-fired nesting. */
    private static final long STACK_BYTES = 2L << 30;

    private Simulation() {}

    /**
     * Simulates {@code scenario} from time 0 until nothing is scheduled.
     *
     * @return the immutable recording of every event, ending with the outcomes
     */
    public static Recording run(Scenario scenario) {
        AtomicReference<Recording> recording = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(
                null,
                () -> {
                    try {
                        recording.set(runOnThisThread(scenario));
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                },
                "simulation",
                STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating", e);
        }
        if (failure.get() instanceof RuntimeException) {
            throw (RuntimeException) failure.get();
        }
        if (failure.get() instanceof Error) {
            throw (Error) failure.get();
        }
        return recording.get();
    }

    /** As {@link #run}, on the calling thread and its stack. */
    public static Recording runOnThisThread(Scenario scenario) {
        return new World(scenario).run();
    }
}
