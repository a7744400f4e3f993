package deferredsim.cli.classic;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.DeferredPhase;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import java.util.List;

/**
 * Turns what the engine recorded into a {@link ClassicSnapshot}: the classic diagram is drawn from
 * the reading of the engine's recording, never from a second model of how a
 * Deferred fires.
 */
public final class ClassicSimulation {
    /** The deferred's name in the scenarios run here, as in the diagram's headings. */
    static final String DEFERRED = "d";

    /** The value the diagram's deferred is fired with, as in the diagram's headings. */
    static final String INITIAL = "initial";

    private ClassicSimulation() {}

    /**
     * Runs the engine twice on a plain deferred {@code d} with these pairs: once fired with {@code
     * callback("initial")}, once with {@code errback(Exception("initial"))}, and returns what both
     * runs recorded.
     *
     * @param pairs at least one pair; {@code defer} stages are not part of the classic diagram
     * @throws IllegalArgumentException if {@code pairs} is empty or holds a {@code defer} stage
     */
    public static ClassicSnapshot simulate(List<PairSpec> pairs) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a classic diagram needs at least one pair");
        }
        for (PairSpec pair : pairs) {
            if (pair.callback() instanceof MemberSpec.Defer || pair.errback() instanceof MemberSpec.Defer) {
                throw new IllegalArgumentException("the classic diagram cannot draw " + pair);
            }
        }
        return new ClassicSnapshot(pairs, fire(pairs, FireMethod.CALLBACK), fire(pairs, FireMethod.ERRBACK));
    }

    private static Firing fire(List<PairSpec> pairs, FireMethod method) {
        return firingOf(Simulation.runChain(DEFERRED, pairs, method, INITIAL), DEFERRED);
    }

    /**
     * What the deferred named {@code deferred} did in {@code recording}: its first firing, every
     * stage of its chain that ran, and its final result.
     *
     * @throws IllegalArgumentException if the recording never fires that deferred, or it does not
     *     end {@link DeferredState#FIRED} (waiting on another deferred, for instance)
     */
    public static Firing firingOf(Recording recording, String deferred) {
        Reading reading = Reading.of(recording);
        DeferredSnapshot last = reading.deferred(deferred, reading.end());
        if (last.firing() == null) {
            throw new IllegalArgumentException("the recording never fires " + deferred);
        }
        if (last.phase() != DeferredPhase.FIRED) {
            throw new IllegalArgumentException(deferred + " does not end with a result");
        }
        return new Firing(last.firing().value(), reading.stageRuns(deferred), last.result());
    }
}
