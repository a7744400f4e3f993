package deferredsim.lessons;

/**
 * What an exercise asks for; each kind's answers are checked by running the engine. The first six
 * fit Deferred scenarios (and, but for {@link #BUILD}, the Deferreds of a reactor scenario's
 * program); {@link #TIME}, {@link #NEXT_LINE} and the four after {@link #BUILD} fit any scenario, reactor scenarios
 * above all. {@link #FIX_LINE} shows a Deferred scenario as Twisted code, or a reactor scenario's program as the Twisted
 * module it stands for (its answers are then Python lines); {@link #CODE_LINE} needs a scenario with code (a Deferred
 * scenario or a recorded program).
 */
public enum ExerciseKind {
    /** The final result of a deferred: its value ({@code c}, {@code b*}, {@code None}) or, if it never fired, its state. */
    RESULT("result", "the value as traces write it (a failure ends in *), or pending/waiting if it never finishes"),
    /** The lane stage N of a deferred runs in. */
    LANE("lane", "callback or errback (or none if the stage never runs)"),
    /** The virtual time at which something happens. */
    TIME("time", "a time in seconds, e.g. 3 or 0.5, or never"),
    /** The trace line that comes after the lines shown. */
    NEXT_LINE("next-line", "the next trace line, or the number of a choice"),
    /** Whether a deferred ends with an unhandled error. */
    UNHANDLED("unhandled", "yes or no"),
    /** A chain that makes the scenario end the way the goal says. */
    BUILD("build", "pairs CALLBACK ERRBACK, separated by ; (e.g. r a p; p r c)"),
    /** How many trace lines of some kind the run has: prints, reads, calls of a method. */
    COUNT("count", "a whole number, e.g. 3 or 0"),
    /** Whether something ever happens: an error is logged, the reactor stops, a line is printed. */
    HAPPENS("happens", "yes or no"),
    /** The order in which things happen: callbacks called, lines printed, tasks on the CPU. */
    ORDER("order", "names in the order they come, separated by commas (e.g. connectionMade, dataReceived)"),
    /** A length of time the run measures: an execution model's total, CPU or idle time, how late a timed call ran. */
    DURATION("duration", "a number of seconds, e.g. 1 or 0.5"),
    /** Find the bug: the line of the scenario's code to change, and how, so the run meets a goal. */
    FIX_LINE(
            "fix-line",
            "a line number and the pairs that go there, e.g. 7: p r ok; a number alone, e.g. 7, takes the line out"),
    /**
     * The line of the scenario's code where something happens, or the next line the code moves to
     * after it: which branch of a callback ran, what runs after a {@code cancel()}.
     */
    CODE_LINE("code-line", "a line number of the program, e.g. 12");

    private final String word;
    private final String answerFormat;

    ExerciseKind(String word, String answerFormat) {
        this.word = word;
        this.answerFormat = answerFormat;
    }

    /** The word exercise files use, e.g. {@code next-line}. */
    public String word() {
        return word;
    }

    /** How to write an answer of this kind, for prompts. */
    public String answerFormat() {
        return answerFormat;
    }

    /** The kind called {@code word} in exercise files, or null. */
    public static ExerciseKind fromWord(String word) {
        for (ExerciseKind kind : values()) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        return null;
    }
}
