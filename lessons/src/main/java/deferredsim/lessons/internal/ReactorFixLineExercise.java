package deferredsim.lessons.internal;

import deferredsim.core.code.CodeEditException;
import deferredsim.core.code.ReactorCodeEdit;
import deferredsim.core.code.ReactorPython;
import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.RunLimitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Find the bug in a reactor program: the program is shown as the Twisted module it stands for
 * ({@link ReactorPython}) and misses its {@link ReactorGoal}; the learner names a line and writes
 * the Python to put there ({@code 12: reactor.callLater(1, tick)}, {@code 12: pass} or {@code 12}
 * alone to take it out). The checker changes that statement of the program ({@link
 * ReactorCodeEdit}), runs the reactor model and judges the run by the goal: any line that meets it
 * is right ({@link LineFixExercise} tells the learner). The exercise file's other fixes, answers
 * written the same way, are checked by the build as the stored answer is.
 */
final class ReactorFixLineExercise extends LineFixExercise {
    private final deferredsim.lessons.ReactorScenario buggy;
    private final ReactorGoal goal;
    private final List<String> fixes;

    ReactorFixLineExercise(
            ExerciseData data, deferredsim.lessons.ReactorScenario buggy, ReactorGoal goal, List<String> fixes) {
        super(data);
        this.buggy = buggy;
        this.goal = goal;
        this.fixes = List.copyOf(fixes);
    }

    @Override
    public String answerFormat() {
        return "the line's number, a colon and the Python line to put there, e.g. 12: reactor.callLater(1, tick);"
                + " a number alone, e.g. 12, takes the line out";
    }

    @Override
    List<String> codeLines() {
        return ReactorPython.lines(buggy.scenario());
    }

    @Override
    List<String> goal() {
        return goal.describe();
    }

    @Override
    Trial trial(int line, String rest) {
        boolean bare = rest.isEmpty();
        String python = bare || rest.toLowerCase(Locale.ROOT).matches("delete|del|remove|-") ? "pass" : rest;
        ReactorScenario changed;
        try {
            changed = ReactorCodeEdit.apply(buggy.source(), buggy.scenario(), line, python);
        } catch (CodeEditException broken) {
            return Trial.unreadable((broken.column() > 0 ? "At column " + broken.column() + " of your line: " : "")
                    + sentence(broken.getMessage()));
        }
        Reading reading = Reading.of(run(changed));
        return Trial.of(List.of(new Run(reading, goal.misses(reading.recording()))), bare);
    }

    /** The run of {@code scenario}, or as much of it as ran when it was stopped at a limit. */
    private static Recording run(ReactorScenario scenario) {
        try {
            return ReactorSimulation.run(scenario);
        } catch (RunLimitException stopped) {
            return stopped.partial();
        }
    }

    private static String sentence(String message) {
        String text = message.strip();
        return text.endsWith(".") ? text : text + ".";
    }

    @Override
    List<String> misses(Reading reading) {
        return goal.misses(reading.recording());
    }

    @Override
    String ending(Reading reading) {
        return goal.ending(reading.recording());
    }

    @Override
    int divergence(Reading reading) {
        return goal.divergence(reading.recording());
    }

    @Override
    List<String> ownProblems() {
        List<String> problems = new ArrayList<>();
        if (!ReactorPython.hasCode(buggy.scenario())) {
            problems.add("the scenario has no program to show as code");
            return problems;
        }
        int stored = lineNamed(storedAnswer());
        if (stored >= 1 && !ReactorCodeEdit.isStatement(buggy.scenario(), stored)) {
            problems.add("the stored answer " + storedAnswer() + " changes a line that holds no statement");
        }
        for (String fix : fixes) {
            if (!check(fix).isCorrect()) {
                problems.add("the fix " + fix + " is not accepted");
            }
        }
        return problems;
    }
}
