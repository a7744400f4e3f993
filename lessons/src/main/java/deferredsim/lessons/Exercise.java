package deferredsim.lessons;

import java.util.List;
import java.util.Optional;

/**
 * A question about a scenario whose answer the engine checks: predict a result, a lane, a time, a
 * duration, a count, an order or the next trace line, say whether something happens or an error
 * ends unhandled, or build a chain that reaches a goal.
 *
 * <p>Nothing in the code knows the answers. The exercise file stores one answer per exercise, the
 * build verifies it against the engine ({@link #verifyStoredAnswer()}), and {@link #check(String)}
 * compares the learner's answer with what the engine computes. Instances are immutable and come
 * from {@link LessonCatalog}.
 */
public interface Exercise {
    /** Unique within the lesson, e.g. {@code criss-cross-lane}. */
    String id();

    /**
     * Unique in the catalog: the two-digit lesson number, {@code /}, and the id, e.g. {@code
     * 09/criss-cross-lane}. Progress is stored under this key.
     */
    String key();

    /** The number of the lesson it belongs to. */
    int lessonNumber();

    /** What it asks for. */
    ExerciseKind kind();

    /** The question, in Markdown. */
    String prompt();

    /**
     * The scenario it is about: a {@link DeferredScenario}, a {@link ReactorScenario} or a {@link
     * RecordedScenario}; for a build or fix-line exercise, always a {@link DeferredScenario}.
     */
    LessonScenario scenario();

    /**
     * Lines to show with the prompt: for a next-line exercise, the trace lines before the one to
     * predict; for a build exercise, the goal in words; empty for the other kinds.
     */
    List<String> shownLines();

    /**
     * Code to show with the prompt in a monospace block, one numbered line each ({@code " 7
     * d.addCallback(return_ok)"}): for a fix-line exercise, its scenario as Twisted code, whose line
     * numbers the answer uses; for a code-line exercise, its scenario's code (a recorded program's
     * source); empty for the other kinds.
     */
    default List<String> code() {
        return List.of();
    }

    /**
     * Possible answers to choose from, or empty for a free answer. A learner may answer with the
     * choice's number (1-based) or its text.
     */
    List<String> choices();

    /** Hints for the stuck, mildest first. */
    List<String> hints();

    /** Why the answer is what it is, in Markdown; shown with the verdict. */
    String explanation();

    /**
     * The answer and why, in Markdown, for a learner who asks for it or has missed twice: the
     * engine's answer, what really happened, and the explanation.
     */
    String reveal();

    /** How to write an answer, e.g. "callback or errback". */
    default String answerFormat() {
        return kind().answerFormat();
    }

    /**
     * Checks the learner's answer against the engine.
     *
     * @return correct, incorrect (with where the prediction diverges), or unreadable (with how to
     *     write an answer); never null
     */
    Verdict check(String answer);

    /**
     * The answer stored in the exercise file. For a build exercise it is a sample chain; for the
     * others it is what the engine computes, as {@link #verifyStoredAnswer()} checks.
     */
    String storedAnswer();

    /**
     * Runs the engine and compares: empty when the stored answer is what the engine computes (and
     * every choice and targeted feedback is consistent with it); otherwise what differs.
     */
    Optional<String> verifyStoredAnswer();
}
