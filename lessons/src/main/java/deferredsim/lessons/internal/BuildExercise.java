package deferredsim.lessons.internal;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Reading;
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
        lines.add("You write the chain of " + Md.code(deferred) + ". Goal:");
        for (String part : goal.describe()) {
            lines.add("- " + part);
        }
        return lines;
    }

    /** The learner's run, read, or the reason it cannot be made. */
    private record Attempt(Reading reading, int pairs, String problem) {}

    private Attempt attempt(String answer) {
        List<PairSpec> chain;
        try {
            chain = ChainInput.parse(answer);
        } catch (ChainInput.Unreadable unreadable) {
            return new Attempt(null, 0, unreadable.getMessage());
        }
        try {
            return new Attempt(Reading.of(Simulation.run(withChain(chain))), chain.size(), null);
        } catch (ScenarioException broken) {
            return new Attempt(null, chain.size(), "That chain does not fit the scenario: " + broken.problem());
        }
    }

    private Scenario withChain(List<PairSpec> chain) throws ScenarioException {
        List<DeferredSpec> deferreds = new ArrayList<>();
        for (DeferredSpec spec : target.scenario().deferreds()) {
            deferreds.add(spec.name().equals(deferred) ? spec.withChain(chain) : spec);
        }
        return Scenario.of(deferreds, target.scenario().actions());
    }

    @Override
    public Verdict check(String answer) {
        Attempt attempt = attempt(answer == null ? "" : answer);
        if (attempt.problem() != null) {
            return Verdict.unreadable(
                    attempt.problem() + " Write " + answerFormat() + ".",
                    storedAnswer(),
                    scenario().reading());
        }
        Reading run = attempt.reading();
        List<String> misses = goal.misses(run, deferred, attempt.pairs());
        if (misses.isEmpty()) {
            String why = new Telling(run)
                    .paragraph("It works: " + Outcomes.ends(run, goal.deferred()) + ".")
                    .paragraph(explanation())
                    .toString();
            return Verdict.correct(why, storedAnswer(), run);
        }
        int divergence = goal.divergence(run, deferred);
        String why = new Telling(run)
                .paragraph("Not yet. " + String.join(" ", misses))
                .event("Where your chain's run leaves the goal:", divergence)
                .paragraph(explanation())
                .toString();
        String firstTry = new Telling(run)
                .paragraph("Not yet. " + String.join(" ", misses))
                .event("Where your chain's run leaves the goal:", divergence)
                .toString();
        return Verdict.incorrect(why, firstTry, storedAnswer(), run, divergence);
    }

    @Override
    public String reveal() {
        return new Telling(scenario().reading())
                .paragraph("One chain that meets the goal: " + Md.code(storedAnswer()) + ".")
                .paragraph(explanation())
                .toString();
    }

    @Override
    public Optional<String> verifyStoredAnswer() {
        Attempt sample = attempt(storedAnswer());
        if (sample.problem() != null) {
            return Optional.of("the stored chain cannot be run: " + sample.problem());
        }
        List<String> misses = goal.misses(sample.reading(), deferred, sample.pairs());
        if (!misses.isEmpty()) {
            return Optional.of("the stored chain misses the goal: " + String.join(" ", misses));
        }
        if (goal.describe().isEmpty()) {
            return Optional.of("the goal checks nothing");
        }
        return Optional.empty();
    }
}
