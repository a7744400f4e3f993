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
 * <p>Everything runs on the calling thread in constant Java stack, however long the chains and
 * however deep the nesting: chains and chained deferreds run in a loop, and deferreds created and
 * fired inside a stage, lists firing lists and generators resumed by generators run as frames on
 * the engine's own stack, in the order Twisted's nested calls run them.
 */
public final class Simulation {
    private Simulation() {}

    /**
     * Simulates {@code scenario} from time 0 until nothing is scheduled.
     *
     * @return the immutable recording of every event, ending with the outcomes
     */
    public static Recording run(Scenario scenario) {
        return new ScenarioRun(scenario).run();
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

    /** The same as {@link #run}: every run is on the calling thread. */
    public static Recording runOnThisThread(Scenario scenario) {
        return run(scenario);
    }
}
