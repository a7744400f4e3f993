package deferredsim.lessons.internal;

import deferredsim.core.reading.Reading;
import deferredsim.lessons.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find the bug, whatever the code: a scenario shown as numbered code misses a goal, and the learner
 * names the line to change and how ({@code N: NEW}, or {@code N} alone to take the line out). A
 * subclass knows its code and what a change to a line does ({@link #trial}); this class reads the
 * answer, runs what the subclass tried, and tells the learner: right when one of the runs meets the
 * goal, otherwise what the run misses, where it leaves the goal, and the targeted feedback for that
 * line, with the same first-try, second-try and reveal texts for every kind of code.
 */
abstract class LineFixExercise extends BaseExercise {
    private static final Pattern ANSWER =
            Pattern.compile("(?i)^(?:line\\s*)?([0-9]{1,4})\\s*(?::\\s*(.*))?$", Pattern.DOTALL);

    LineFixExercise(ExerciseData data) {
        super(data);
    }

    /** A run of the scenario with a change made, read, with what it misses of the goal (empty: it meets it). */
    record Run(Reading reading, List<String> misses) {
        Run {
            misses = List.copyOf(misses);
        }
    }

    /**
     * What a change to one line gave: the runs of each way of reading it (the first to meet the
     * goal wins), whether it was a bare line number (the line taken out), or why it could not be
     * made: {@code unreadable} when the answer is not written as one (the answer's format is then
     * recalled), {@code unfit} when it reads but does not fit the scenario.
     */
    record Trial(List<Run> runs, boolean bare, String unreadable, String unfit) {
        Trial {
            runs = List.copyOf(runs);
        }

        static Trial of(List<Run> runs, boolean bare) {
            return new Trial(runs, bare, null, null);
        }

        static Trial unreadable(String problem) {
            return new Trial(List.of(), false, problem, null);
        }

        static Trial unfit(String problem) {
            return new Trial(List.of(), false, null, problem);
        }
    }

    /** The code the learner reads, one line each, without numbers. */
    abstract List<String> codeLines();

    /** The goal in words, one line per part. */
    abstract List<String> goal();

    /** Makes the change {@code rest} asks for on line {@code line} (within the code), empty {@code rest} for a bare number. */
    abstract Trial trial(int line, String rest);

    /** What the scenario as written misses of the goal. */
    abstract List<String> misses(Reading reading);

    /** How a run that meets the goal ends, in words, for the learner's verdict. */
    abstract String ending(Reading reading);

    /** The index of the event where {@code reading}'s run leaves the goal. */
    abstract int divergence(Reading reading);

    /** Problems of the exercise file this kind checks besides the common ones; empty when none. */
    abstract List<String> ownProblems();

    /** The line number a stored answer or fix names, or -1 when it names none. */
    static int lineNamed(String answer) {
        Matcher m = ANSWER.matcher(answer == null ? "" : answer.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Override
    public List<String> code() {
        return numbered(codeLines());
    }

    @Override
    public List<String> shownLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Goal, once your one line is changed:");
        for (String part : goal()) {
            lines.add("- " + part);
        }
        return lines;
    }

    private Trial read(String answer) {
        Matcher m = ANSWER.matcher(answer == null ? "" : answer.strip());
        if (!m.matches()) {
            return Trial.unreadable("Start with the number of the line to change.");
        }
        int line = Integer.parseInt(m.group(1));
        int size = codeLines().size();
        if (line < 1 || line > size) {
            return Trial.unreadable("The code has lines 1 to " + size + ".");
        }
        return trial(line, m.group(2) == null ? "" : m.group(2).strip());
    }

    @Override
    public Verdict check(String answer) {
        Trial trial = read(answer);
        Reading original = scenario().reading();
        if (trial.unreadable() != null) {
            return Verdict.unreadable(trial.unreadable() + " Write " + answerFormat() + ".", storedAnswer(), original);
        }
        if (trial.unfit() != null) {
            return Verdict.unreadable(trial.unfit(), storedAnswer(), original);
        }
        int line = lineNamed(answer);
        String said = "Line " + line + ", " + Md.code(codeLine(line)) + ": ";
        Run last = null;
        for (Run run : trial.runs()) {
            if (run.misses().isEmpty()) {
                String why = new Telling(run.reading())
                        .paragraph(said + (trial.bare() ? "with that line taken out" : "with that change")
                                + " the run meets the goal: " + ending(run.reading()) + ".")
                        .paragraph(explanation())
                        .toString();
                return Verdict.correct(why, storedAnswer(), run.reading());
            }
            last = run;
        }
        Reading shown = last == null ? original : last.reading();
        List<String> misses = last == null ? misses(original) : last.misses();
        String what = last == null
                ? "the run does not depend on that line alone, and as written it misses the goal: "
                : (trial.bare() ? "with that line taken out" : "with your change") + " the run still misses the goal: ";
        int divergence = divergence(shown);
        String feedback = data.feedback().getOrDefault(String.valueOf(line), "");
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

    /** Line {@code line} of the code, without its indentation. */
    final String codeLine(int line) {
        return codeLines().get(line - 1).strip();
    }

    @Override
    public String reveal() {
        int line = lineNamed(storedAnswer());
        String shown = line >= 1 && line <= codeLines().size() ? " (" + Md.code(codeLine(line)) + ")" : "";
        return new Telling(scenario().reading())
                .paragraph("Change line " + Md.code(storedAnswer()) + shown + ".")
                .paragraph(explanation())
                .toString();
    }

    @Override
    public Optional<String> verifyStoredAnswer() {
        List<String> problems = new ArrayList<>();
        if (goal().isEmpty()) {
            problems.add("the goal checks nothing");
        }
        if (misses(scenario().reading()).isEmpty()) {
            problems.add("the scenario already meets the goal, so there is no bug to find");
        }
        problems.addAll(ownProblems());
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
