package deferredsim.lessons.internal;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.lessons.DeferredScenario;
import deferredsim.lessons.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Build a chain: the learner's pairs become the chain of one deferred of the scenario (replacing
 * the chain it has there), the engine runs the result, and the run must meet the {@link Goal}.
 */
final class BuildExercise extends BaseExercise {
    private final DeferredScenario target;
    private final String deferred;
    private final Goal goal;

    /** {@code target} is the exercise's scenario: the reader lets build exercises use Deferred scenarios only. */
    BuildExercise(ExerciseData data, DeferredScenario target, String deferred, Goal goal) {
        super(data);
        this.target = target;
        this.deferred = deferred;
        this.goal = goal;
    }

    @Override
    public List<String> shownLines() {
        List<String> lines = new ArrayList<>();
        lines.add("You write the chain of " + EventWords.code(deferred) + ". Goal:");
        for (String part : goal.describe()) {
            lines.add("- " + part);
        }
        return lines;
    }

    /** The learner's run, or the reason it cannot be made. */
    private record Attempt(Recording recording, int pairs, String problem) {}

    private Attempt attempt(String answer) {
        List<PairSpec> chain;
        try {
            chain = ChainInput.parse(answer);
        } catch (ChainInput.Unreadable unreadable) {
            return new Attempt(null, 0, unreadable.getMessage());
        }
        try {
            return new Attempt(Simulation.run(withChain(chain)), chain.size(), null);
        } catch (ScenarioException broken) {
            return new Attempt(null, chain.size(), "That chain does not fit the scenario: " + broken.problem());
        }
    }

    private Scenario withChain(List<PairSpec> chain) throws ScenarioException {
        List<DeferredSpec> deferreds = new ArrayList<>();
        for (DeferredSpec spec : target.scenario().deferreds()) {
            deferreds.add(spec.name().equals(deferred) ? replaceChain(spec, chain) : spec);
        }
        return Scenario.of(deferreds, target.scenario().actions());
    }

    private static DeferredSpec replaceChain(DeferredSpec spec, List<PairSpec> chain) {
        if (spec instanceof DeferredSpec.Plain) {
            DeferredSpec.Plain plain = (DeferredSpec.Plain) spec;
            return new DeferredSpec.Plain(plain.name(), chain, plain.fire(), plain.canceller());
        } else if (spec instanceof DeferredSpec.ListOf) {
            DeferredSpec.ListOf list = (DeferredSpec.ListOf) spec;
            return new DeferredSpec.ListOf(list.name(), list.members(), list.options(), chain);
        } else if (spec instanceof DeferredSpec.Inline) {
            DeferredSpec.Inline inline = (DeferredSpec.Inline) spec;
            return new DeferredSpec.Inline(inline.name(), inline.steps(), chain);
        }
        throw new AssertionError("unknown deferred kind " + spec);
    }

    @Override
    public Verdict check(String answer) {
        Attempt attempt = attempt(answer == null ? "" : answer);
        if (attempt.problem() != null) {
            return Verdict.unreadable(
                    attempt.problem() + " Write " + answerFormat() + ".",
                    storedAnswer(),
                    scenario().recording());
        }
        List<String> misses = goal.misses(attempt.recording(), deferred, attempt.pairs());
        if (misses.isEmpty()) {
            String outcome = EventWords.outcome(Outcomes.outcome(attempt.recording(), goal.deferred()));
            return Verdict.correct(
                    "It works: " + outcome + ".\n\n" + explanation(), storedAnswer(), attempt.recording());
        }
        String why = "Not yet. " + String.join(" ", misses) + "\n\n" + explanation();
        return Verdict.incorrect(
                why, storedAnswer(), attempt.recording(), goal.divergence(attempt.recording(), deferred));
    }

    @Override
    public Optional<String> verifyStoredAnswer() {
        Attempt sample = attempt(storedAnswer());
        if (sample.problem() != null) {
            return Optional.of("the stored chain cannot be run: " + sample.problem());
        }
        List<String> misses = goal.misses(sample.recording(), deferred, sample.pairs());
        if (!misses.isEmpty()) {
            return Optional.of("the stored chain misses the goal: " + String.join(" ", misses));
        }
        if (goal.describe().isEmpty()) {
            return Optional.of("the goal checks nothing");
        }
        return Optional.empty();
    }
}
