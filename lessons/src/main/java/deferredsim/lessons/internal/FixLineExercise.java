package deferredsim.lessons.internal;

import deferredsim.core.code.ScenarioPython;
import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Reading;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.lessons.DeferredScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Find the bug in a Deferred scenario: the scenario is shown as Twisted code ({@link
 * ScenarioPython}) and misses its {@link Goal}; the learner names the line to change, and how when
 * the change is not a deletion ({@code 7: p r ok}, or {@code 7} or {@code 7: delete} to take the
 * line out). The checker turns the line into a part of the scenario (a pair of a chain, a timed
 * action, a deferred's own fire), makes the change, runs the engine and judges the run by the goal:
 * any change that meets it is right ({@link LineFixExercise} tells the learner). The exercise file's
 * fixes, changes to the scenario, show that one exists: the build runs them.
 */
final class FixLineExercise extends LineFixExercise {
    private final DeferredScenario buggy;
    private final Goal goal;
    private final List<Change> fixes;

    FixLineExercise(ExerciseData data, DeferredScenario buggy, Goal goal, List<Change> fixes) {
        super(data);
        this.buggy = buggy;
        this.goal = goal;
        this.fixes = List.copyOf(fixes);
    }

    /** A change to one part of a Deferred scenario, which sits on one line of its code. */
    sealed interface Change {
        /** Pair {@code stage} of {@code deferred}'s own chain becomes {@code pairs} (one or more). */
        record Replace(String deferred, int stage, List<PairSpec> pairs) implements Change {
            public Replace {
                pairs = List.copyOf(pairs);
            }
        }

        /** Pair {@code stage} of {@code deferred}'s own chain goes. */
        record DeletePair(String deferred, int stage) implements Change {}

        /** Timed action number {@code index} goes. */
        record DeleteAction(int index) implements Change {}

        /** {@code deferred}'s own fire goes. */
        record DeleteFire(String deferred) implements Change {}
    }

    /** The line of the code {@code change} alters, if the code has it. */
    static OptionalInt lineOf(Scenario scenario, Change change) {
        return switch (change) {
            case Change.Replace replace -> ScenarioPython.pairLine(scenario, replace.deferred(), replace.stage());
            case Change.DeletePair delete -> ScenarioPython.pairLine(scenario, delete.deferred(), delete.stage());
            case Change.DeleteAction delete -> ScenarioPython.actionLine(scenario, delete.index());
            case Change.DeleteFire delete -> ScenarioPython.fireLine(scenario, delete.deferred());
        };
    }

    /** {@code scenario} with {@code change} made. */
    static Scenario apply(Scenario scenario, Change change) throws ScenarioException {
        List<DeferredSpec> deferreds = new ArrayList<>();
        for (DeferredSpec spec : scenario.deferreds()) {
            DeferredSpec changed = spec;
            switch (change) {
                case Change.Replace replace
                when replace.deferred().equals(spec.name()) ->
                    changed = withChain(spec, spliced(spec.chain(), replace.stage(), replace.pairs()));
                case Change.DeletePair delete
                when delete.deferred().equals(spec.name()) ->
                    changed = withChain(spec, spliced(spec.chain(), delete.stage(), List.of()));
                case Change.DeleteFire delete
                when delete.deferred().equals(spec.name()) && spec instanceof DeferredSpec.Plain plain ->
                    changed = new DeferredSpec.Plain(plain.name(), plain.chain(), Optional.empty(), plain.canceller());
                default -> {}
            }
            deferreds.add(changed);
        }
        List<Action> actions = new ArrayList<>(scenario.actions());
        if (change instanceof Change.DeleteAction delete) {
            actions.remove(delete.index());
        }
        return Scenario.of(deferreds, actions);
    }

    private static List<PairSpec> spliced(List<PairSpec> chain, int stage, List<PairSpec> pairs) {
        List<PairSpec> out = new ArrayList<>(chain.subList(0, stage));
        out.addAll(pairs);
        out.addAll(chain.subList(stage + 1, chain.size()));
        return out;
    }

    private static DeferredSpec withChain(DeferredSpec spec, List<PairSpec> chain) {
        return switch (spec) {
            case DeferredSpec.Plain plain ->
                new DeferredSpec.Plain(plain.name(), chain, plain.fire(), plain.canceller());
            case DeferredSpec.ListOf list ->
                new DeferredSpec.ListOf(list.name(), list.members(), list.options(), chain);
            case DeferredSpec.Inline inline -> new DeferredSpec.Inline(inline.name(), inline.steps(), chain);
        };
    }

    /** What sits on line {@code line} of the buggy scenario's code: the parts a change can alter. */
    private List<Change> deletable(int line) {
        Scenario scenario = buggy.scenario();
        List<Change> found = new ArrayList<>();
        for (DeferredSpec spec : scenario.deferreds()) {
            for (int k = 0; k < spec.chain().size(); k++) {
                if (ScenarioPython.pairLine(scenario, spec.name(), k).orElse(-1) == line) {
                    found.add(new Change.DeletePair(spec.name(), k));
                }
            }
            if (ScenarioPython.fireLine(scenario, spec.name()).orElse(-1) == line) {
                found.add(new Change.DeleteFire(spec.name()));
            }
        }
        for (int i = 0; i < scenario.actions().size(); i++) {
            if (ScenarioPython.actionLine(scenario, i).orElse(-1) == line) {
                found.add(new Change.DeleteAction(i));
            }
        }
        return found;
    }

    @Override
    List<String> codeLines() {
        return ScenarioPython.lines(buggy.scenario());
    }

    @Override
    List<String> goal() {
        return goal.describe();
    }

    @Override
    Trial trial(int line, String rest) {
        List<Change> here = deletable(line);
        List<Change> changes;
        boolean bare = rest.isEmpty();
        if (bare) {
            changes = here;
        } else if (rest.toLowerCase(Locale.ROOT).matches("delete|del|remove|-")) {
            if (here.isEmpty()) {
                return Trial.unreadable("Line " + line + " adds no pair, fires nothing and schedules nothing,"
                        + " so there is nothing there to delete.");
            }
            changes = here;
        } else {
            List<Change> pairLines =
                    here.stream().filter(Change.DeletePair.class::isInstance).toList();
            if (pairLines.isEmpty()) {
                return Trial.unreadable("Line " + line + " adds no pair, so new pairs cannot go there; write "
                        + Md.code(line + ": delete") + " to take it out, or pick a line that adds a pair.");
            }
            List<PairSpec> pairs;
            try {
                pairs = ChainInput.parse(rest);
            } catch (ChainInput.Unreadable unreadable) {
                return Trial.unreadable(unreadable.getMessage());
            }
            Change.DeletePair at = (Change.DeletePair) pairLines.get(0);
            changes = List.of(new Change.Replace(at.deferred(), at.stage(), pairs));
        }
        List<Run> runs = new ArrayList<>();
        for (Change change : changes) {
            try {
                Reading reading = Reading.of(Simulation.run(apply(buggy.scenario(), change)));
                runs.add(new Run(reading, goal.misses(reading, goal.deferred(), 0)));
            } catch (ScenarioException broken) {
                return Trial.unfit("That change does not fit the scenario: " + broken.problem());
            }
        }
        return Trial.of(runs, bare);
    }

    @Override
    List<String> misses(Reading reading) {
        return goal.misses(reading, goal.deferred(), 0);
    }

    @Override
    String ending(Reading reading) {
        return Outcomes.ends(reading, goal.deferred());
    }

    @Override
    int divergence(Reading reading) {
        return goal.divergence(reading, goal.deferred());
    }

    @Override
    List<String> ownProblems() {
        List<String> problems = new ArrayList<>();
        for (Change fix : fixes) {
            if (lineOf(buggy.scenario(), fix).isEmpty()) {
                problems.add("the fix " + fix + " changes nothing the code shows");
                continue;
            }
            try {
                Reading reading = Reading.of(Simulation.run(apply(buggy.scenario(), fix)));
                List<String> misses = goal.misses(reading, goal.deferred(), 0);
                if (!misses.isEmpty()) {
                    problems.add("the fix " + fix + " misses the goal: " + String.join(" ", misses));
                }
            } catch (ScenarioException broken) {
                problems.add("the fix " + fix + " cannot be run: That change does not fit the scenario: "
                        + broken.problem());
            }
        }
        int stored = lineNamed(storedAnswer());
        if (stored >= 0
                && fixes.stream().noneMatch(fix -> lineOf(buggy.scenario(), fix).orElse(-1) == stored)) {
            problems.add("the stored answer " + storedAnswer() + " changes a line none of the fixes changes");
        }
        return problems;
    }
}
