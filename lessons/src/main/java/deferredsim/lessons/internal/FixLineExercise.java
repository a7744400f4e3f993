package deferredsim.lessons.internal;

import deferredsim.core.code.ScenarioPython;
import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Reading;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.lessons.DeferredScenario;
import deferredsim.lessons.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find the bug: the scenario is shown as Twisted code ({@link ScenarioPython}) and misses its
 * {@link Goal}; the learner names the line to change, and how when the change is not a deletion
 * ({@code 7: p r ok}, {@code 7: yield x catch}, {@code 7: consumeErrors}, {@code 7: succeed v}, or
 * {@code 7} or {@code 7: delete} to take the line out). The checker turns the line into a part of
 * the scenario ({@link LineEdit}: a pair of a chain, a generator's step, how a deferred is made, a
 * timed action, a deferred's own fire), makes the change, runs the engine and judges the run by the
 * goal: any change that meets it is right. The exercise file's fixes, changes to the scenario, show
 * that one exists: the build runs them.
 */
final class FixLineExercise extends BaseExercise {
    private static final Pattern ANSWER =
            Pattern.compile("(?i)^(?:line\\s*)?([0-9]{1,4})\\s*(?::\\s*(.*))?$", Pattern.DOTALL);

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
    public List<String> code() {
        List<String> lines = ScenarioPython.lines(buggy.scenario());
        int width = String.valueOf(lines.size()).length();
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(String.format(Locale.ROOT, "%" + width + "d  %s", i + 1, lines.get(i)));
        }
        return numbered;
    }

    /** What the lines of this exercise's code take after the line number ({@link LineEdit#format}). */
    @Override
    public String answerFormat() {
        return LineEdit.format(buggy.scenario());
    }

    @Override
    public List<String> shownLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Goal, once your one line is changed:");
        for (String part : goal.describe()) {
            lines.add("- " + part);
        }
        return lines;
    }

    /** What the learner asked for: the line, and the changes to try there; or why it cannot be read. */
    private record Attempt(int line, List<LineChange> changes, boolean bare, String problem) {}

    private Attempt read(String answer) {
        String text = answer == null ? "" : answer.strip();
        Matcher m = ANSWER.matcher(text);
        if (!m.matches()) {
            return new Attempt(0, List.of(), false, "Start with the number of the line to change.");
        }
        int line = Integer.parseInt(m.group(1));
        int size = ScenarioPython.lines(buggy.scenario()).size();
        if (line < 1 || line > size) {
            return new Attempt(line, List.of(), false, "The code has lines 1 to " + size + ".");
        }
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        List<LineChange> here = LineEdit.deletions(buggy.scenario(), line);
        if (rest.isEmpty()) {
            return new Attempt(line, here, true, null);
        }
        if (rest.toLowerCase(Locale.ROOT).matches("delete|del|remove|-")) {
            if (here.isEmpty()) {
                return new Attempt(
                        line,
                        List.of(),
                        false,
                        "Line " + line + " adds no pair, fires nothing, schedules nothing and is no step of a"
                                + " generator, so there is nothing there to delete.");
            }
            return new Attempt(line, here, false, null);
        }
        try {
            return new Attempt(line, List.of(LineEdit.replacement(buggy.scenario(), line, rest)), false, null);
        } catch (ChainInput.Unreadable unreadable) {
            return new Attempt(line, List.of(), false, unreadable.getMessage());
        }
    }

    /** A run of the scenario with one change made, read, with what it misses of the goal. */
    private record Run(Reading reading, List<String> misses, String problem) {}

    private Run run(LineChange change) {
        try {
            Reading reading = Reading.of(Simulation.run(change.applyTo(buggy.scenario())));
            return new Run(reading, goal.misses(reading, goal.deferred(), 0), null);
        } catch (ScenarioException broken) {
            return new Run(null, List.of(), "That change does not fit the scenario: " + broken.problem());
        }
    }

    @Override
    public Verdict check(String answer) {
        Attempt attempt = read(answer);
        Reading original = scenario().reading();
        if (attempt.problem() != null) {
            return Verdict.unreadable(attempt.problem() + " Write " + answerFormat() + ".", storedAnswer(), original);
        }
        String said = "Line " + attempt.line() + ", " + Md.code(codeLine(attempt.line())) + ": ";
        Run last = null;
        for (LineChange change : attempt.changes()) {
            Run run = run(change);
            if (run.problem() != null) {
                return Verdict.unreadable(run.problem(), storedAnswer(), original);
            }
            if (run.misses().isEmpty()) {
                String why = new Telling(run.reading())
                        .paragraph(said + (attempt.bare() ? "with that line taken out" : "with that change")
                                + " the run meets the goal: "
                                + Outcomes.ends(run.reading(), goal.deferred()) + ".")
                        .paragraph(explanation())
                        .toString();
                return Verdict.correct(why, storedAnswer(), run.reading());
            }
            last = run;
        }
        Reading shown = last == null ? original : last.reading();
        List<String> misses = last == null ? goal.misses(original, goal.deferred(), 0) : last.misses();
        String what = last == null
                ? "the run does not depend on that line alone, and as written it misses the goal: "
                : (attempt.bare() ? "with that line taken out" : "with your change")
                        + " the run still misses the goal: ";
        int divergence = goal.divergence(shown, goal.deferred());
        String feedback = data.feedback().getOrDefault(String.valueOf(attempt.line()), "");
        String firstTry = new Telling(shown)
                .paragraph(said + what + String.join(" ", misses))
                .paragraph(feedback)
                .event("Where the run leaves the goal:", divergence)
                .toString();
        String why = new Telling(shown)
                .paragraph(said + what + String.join(" ", misses))
                .paragraph(feedback)
                .event("Where the run leaves the goal:", divergence)
                .paragraph(explanation())
                .toString();
        return Verdict.incorrect(why, firstTry, storedAnswer(), shown, divergence);
    }

    private String codeLine(int line) {
        return ScenarioPython.lines(buggy.scenario()).get(line - 1).strip();
    }

    @Override
    public String reveal() {
        Attempt stored = read(storedAnswer());
        String line = stored.problem() == null ? " (" + Md.code(codeLine(stored.line())) + ")" : "";
        return new Telling(scenario().reading())
                .paragraph("Change line " + Md.code(storedAnswer()) + line + ".")
                .paragraph(explanation())
                .toString();
    }

    @Override
    public Optional<String> verifyStoredAnswer() {
        List<String> problems = new ArrayList<>();
        if (goal.describe().isEmpty()) {
            problems.add("the goal checks nothing");
        }
        if (goal.misses(scenario().reading(), goal.deferred(), 0).isEmpty()) {
            problems.add("the scenario already meets the goal, so there is no bug to find");
        }
        for (LineChange fix : fixes) {
            if (fix.line(buggy.scenario()).isEmpty()) {
                problems.add("the fix " + fix + " changes nothing the code shows");
                continue;
            }
            Run run = run(fix);
            if (run.problem() != null) {
                problems.add("the fix " + fix + " cannot be run: " + run.problem());
            } else if (!run.misses().isEmpty()) {
                problems.add("the fix " + fix + " misses the goal: " + String.join(" ", run.misses()));
            }
        }
        Attempt stored = read(storedAnswer());
        if (stored.problem() == null
                && fixes.stream().noneMatch(fix -> fix.line(buggy.scenario()).orElse(-1) == stored.line())) {
            problems.add("the stored answer " + storedAnswer() + " changes a line none of the fixes changes");
        }
        if (!check(storedAnswer()).isCorrect()) {
            problems.add("the stored answer " + storedAnswer() + " is not accepted");
        }
        for (Map.Entry<String, String> entry : data.feedback().entrySet()) {
            if (!entry.getKey().matches("[0-9]+")) {
                problems.add("feedback for '" + entry.getKey() + "', which is not a line number");
            } else if (check(entry.getKey()).isCorrect()) {
                problems.add("feedback for line " + entry.getKey() + ", which is a right answer");
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }
}
