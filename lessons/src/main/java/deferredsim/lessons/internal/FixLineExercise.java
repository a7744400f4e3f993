package deferredsim.lessons.internal;

import deferredsim.core.code.ScenarioPython;
import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Reading;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.lessons.DeferredScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Find the bug in a Deferred scenario: the scenario is shown as Twisted code ({@link
 * ScenarioPython}) and misses its {@link Goal}; the learner names the line to change, and how when
 * the change is not a deletion ({@code 7: p r ok}, {@code 7: yield x catch}, {@code 7:
 * consumeErrors}, {@code 7: succeed v}, or {@code 7} or {@code 7: delete} to take the line out).
 * The checker turns the line into a part of the scenario ({@link LineEdit}: a pair of a chain, a
 * generator's step, how a deferred is made, a timed action, a deferred's own fire), makes the
 * change, runs the engine and judges the run by the goal: any change that meets it is right
 * ({@link LineFixExercise} tells the learner). The exercise file's fixes, changes to the scenario,
 * show that one exists: the build runs them.
 */
final class FixLineExercise extends LineFixExercise {
    private final DeferredScenario buggy;
    private final Goal goal;
    private final List<LineChange> fixes;

    FixLineExercise(ExerciseData data, DeferredScenario buggy, Goal goal, List<LineChange> fixes) {
        super(data);
        this.buggy = buggy;
        this.goal = goal;
        this.fixes = List.copyOf(fixes);
    }

    @Override
    List<String> codeLines() {
        return ScenarioPython.lines(buggy.scenario());
    }

    /** What the lines of this exercise's code take after the line number ({@link LineEdit#format}). */
    @Override
    public String answerFormat() {
        return LineEdit.format(buggy.scenario());
    }

    @Override
    List<String> goal() {
        return goal.describe();
    }

    @Override
    Trial trial(int line, String rest) {
        List<LineChange> here = LineEdit.deletions(buggy.scenario(), line);
        List<LineChange> changes;
        boolean bare = rest.isEmpty();
        if (bare) {
            changes = here;
        } else if (rest.toLowerCase(Locale.ROOT).matches("delete|del|remove|-")) {
            if (here.isEmpty()) {
                return Trial.unreadable("Line " + line + " adds no pair, fires nothing, schedules nothing and is no"
                        + " step of a generator, so there is nothing there to delete.");
            }
            changes = here;
        } else {
            try {
                changes = List.of(LineEdit.replacement(buggy.scenario(), line, rest));
            } catch (ChainInput.Unreadable unreadable) {
                return Trial.unreadable(unreadable.getMessage());
            }
        }
        List<Run> runs = new ArrayList<>();
        for (LineChange change : changes) {
            try {
                runs.add(run(change));
            } catch (ScenarioException broken) {
                return Trial.unfit("That change does not fit the scenario: " + broken.problem());
            }
        }
        return Trial.of(runs, bare);
    }

    /** The run of the scenario with {@code change} made, with what it misses of the goal. */
    private Run run(LineChange change) throws ScenarioException {
        Reading reading = Reading.of(Simulation.run(change.applyTo(buggy.scenario())));
        return new Run(reading, goal.misses(reading, goal.deferred(), 0));
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
        for (LineChange fix : fixes) {
            if (fix.line(buggy.scenario()).isEmpty()) {
                problems.add("the fix " + fix + " changes nothing the code shows");
                continue;
            }
            try {
                Run run = run(fix);
                if (!run.misses().isEmpty()) {
                    problems.add("the fix " + fix + " misses the goal: " + String.join(" ", run.misses()));
                }
            } catch (ScenarioException broken) {
                problems.add("the fix " + fix + " cannot be run: That change does not fit the scenario: "
                        + broken.problem());
            }
        }
        int stored = lineNamed(storedAnswer());
        if (stored >= 0
                && fixes.stream().noneMatch(fix -> fix.line(buggy.scenario()).orElse(-1) == stored)) {
            problems.add("the stored answer " + storedAnswer() + " changes a line none of the fixes changes");
        }
        return problems;
    }
}
