package deferredsim.core.engine;

import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.Optional;
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
 * with a deep stack for scenarios large enough to nest deeply.
 */
public final class Simulation {
    /** Stack for the simulation thread: deep enough for 100,000 levels of already-fired nesting. */
    private static final long STACK_BYTES = 2L << 30;

    /**
     * Nesting can be no deeper than the number of deferreds; up to this many, any caller's stack
     * is deep enough and the run stays on the calling thread.
     */
    private static final int SMALL_SCENARIO = 64;

    private Simulation() {}

    /**
     * Simulates {@code scenario} from time 0 until nothing is scheduled.
     *
     * @return the immutable recording of every event, ending with the outcomes
     */
    public static Recording run(Scenario scenario) {
        if (scenario.deferreds().size() <= SMALL_SCENARIO) {
            return runOnThisThread(scenario);
        }
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

    /**
     * Runs one plain deferred {@code name} with {@code chain}, fired at time 0 by {@code method}
     * with {@code value}: the question the classic diagram and the chain analyses ask.
     *
     * @throws IllegalArgumentException if the chain has a {@code defer} stage (it would name a
     *     deferred this scenario does not have)
     */
    public static Recording runChain(String name, List<PairSpec> chain, FireMethod method, String value) {
        FireSpec fire = new FireSpec(method, value, Time.ZERO);
        try {
            return run(Scenario.of(
                    List.of(new DeferredSpec.Plain(name, chain, Optional.of(fire), Optional.empty())), List.of()));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("a single chain cannot " + e.problem(), e);
        }
    }

    /** As {@link #run}, on the calling thread and its stack. */
    public static Recording runOnThisThread(Scenario scenario) {
        return new World(scenario).run();
    }
}
