package deferredsim.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The find-the-bug exercises: the checker takes the right line (and change), rejects other lines
 * and the shortcuts that skip what the lesson is about, reads nonsense as unreadable, and keeps the
 * answer out of a first wrong try.
 */
class FixLineExerciseTest {
    private static LessonCatalog catalog;

    @BeforeAll
    static void load() throws LessonFormatException {
        catalog = LessonCatalog.load();
    }

    private static Exercise exercise(String key) {
        return catalog.exercise(key).orElseThrow(() -> new AssertionError("no exercise " + key));
    }

    private static int lines(Exercise exercise) {
        return exercise.code().size();
    }

    @Test
    void everyFixLineExerciseShowsNumberedCodeAndAGoal() {
        List<Exercise> fixLine = catalog.lessons().stream()
                .flatMap(lesson -> lesson.exercises().stream())
                .filter(e -> e.kind() == ExerciseKind.FIX_LINE)
                .toList();
        assertTrue(fixLine.size() >= 3, "fix-line exercises: " + fixLine);
        for (Exercise exercise : fixLine) {
            assertTrue(
                    exercise.code().get(0).strip().startsWith("1  "),
                    exercise.code().get(0));
            assertTrue(exercise.shownLines().size() >= 2, exercise.key() + " shows its goal");
            assertTrue(exercise.verifyStoredAnswer().isEmpty(), exercise.key() + ": " + exercise.verifyStoredAnswer());
        }
    }

    @Test
    void aDoubleFireIsFixedOnlyByTakingTheTimeoutOut() {
        Exercise exercise = exercise("07/fix-timeout");
        String stored = exercise.storedAnswer();
        assertTrue(exercise.check(stored).isCorrect());
        assertTrue(exercise.check(stored + ": delete").isCorrect());
        assertTrue(exercise.check("line " + stored).isCorrect());
        for (int line = 1; line <= lines(exercise); line++) {
            if (!String.valueOf(line).equals(stored)) {
                Verdict verdict = exercise.check(String.valueOf(line));
                assertEquals(Verdict.Status.INCORRECT, verdict.status(), "line " + line);
            }
        }
    }

    @Test
    void takingOutThePoemsFireIsWrongAndTheFirstTryDoesNotTellTheLine() {
        Exercise exercise = exercise("07/fix-timeout");
        int poem = Integer.parseInt(exercise.storedAnswer()) - 2;
        Verdict verdict = exercise.check(String.valueOf(poem));
        assertEquals(Verdict.Status.INCORRECT, verdict.status());
        assertTrue(verdict.firstTry().contains("sorry"), verdict.firstTry());
        assertFalse(verdict.firstTry().contains("Line " + exercise.storedAnswer()), verdict.firstTry());
        assertFalse(verdict.firstTry().contains(exercise.explanation()));
        assertTrue(verdict.explanation().contains(exercise.explanation()));
    }

    @Test
    void theGotchaNeedsTheSplitNotAnyChangeOnTheRightLine() {
        Exercise exercise = exercise("09/fix-one-pair");
        int line = Integer.parseInt(exercise.storedAnswer().split(":")[0]);
        assertTrue(
                exercise.check(line + ": f cummingsify-broke p; p r original").isCorrect());
        assertTrue(exercise.check(line + ": fail cummingsify-broke passthru; passthru return original")
                .isCorrect());
        assertEquals(
                Verdict.Status.INCORRECT,
                exercise.check(line + ": f cummingsify-broke r original").status());
        assertEquals(
                Verdict.Status.INCORRECT, exercise.check(String.valueOf(line)).status());
        assertEquals(
                Verdict.Status.INCORRECT,
                exercise.check(line + ": p r original").status());
        assertEquals(
                Verdict.Status.UNREADABLE,
                exercise.check((line + 1) + ": p r original").status());
    }

    /**
     * If the transform is replaced by a step that returns the fallback at once, then the fallback
     * has nothing to recover from: wrong, and told so.
     */
    @Test
    void skippingTheTransformIsNoFixOfTheGotcha() {
        Exercise exercise = exercise("09/fix-one-pair");
        int line = Integer.parseInt(exercise.storedAnswer().split(":")[0]);
        for (String shortcut : List.of(": r original p", ": r original r original", ": p r original; r original p")) {
            Verdict verdict = exercise.check(line + shortcut);
            assertEquals(Verdict.Status.INCORRECT, verdict.status(), shortcut);
            assertTrue(
                    verdict.firstTry().contains("Nothing in `d` fails with `cummingsify-broke` any more"),
                    verdict.firstTry());
        }
        assertTrue(
                exercise.check(line + ": f cummingsify-broke p; r x r original").isCorrect());
    }

    @Test
    void aMissingErrbackIsAddedByTheEngineJudgedChangeOnEitherStage() {
        Exercise exercise = exercise("10/fix-no-errback");
        int line = Integer.parseInt(exercise.storedAnswer().split(":")[0]);
        assertTrue(exercise.check(exercise.storedAnswer()).isCorrect());
        assertTrue(exercise.check(line + ": return printed return printed").isCorrect());
        assertEquals(
                Verdict.Status.INCORRECT,
                exercise.check(line + ": r printed r failed").status());
        assertTrue(exercise.check((line - 1) + ": r cummingsified r sorry").isCorrect());
        assertEquals(
                Verdict.Status.INCORRECT, exercise.check(line + ": r printed p").status());
        assertEquals(
                Verdict.Status.INCORRECT,
                exercise.check(String.valueOf(line + 1)).status());
    }

    @Test
    void theForgottenReturnIsFixedByReturningInner() {
        Exercise exercise = exercise("13/fix-no-return");
        int line = Integer.parseInt(exercise.storedAnswer().split(":")[0]);
        assertTrue(exercise.check(line + ": defer inner passthru").isCorrect());
        assertEquals(
                Verdict.Status.INCORRECT,
                exercise.check((line + 1) + ": d inner p").status());
        assertEquals(
                Verdict.Status.INCORRECT,
                exercise.check(line + ": r transformed p").status());
    }

    @Test
    void answersThatAreNotALineAndAChangeAreUnreadable() {
        Exercise exercise = exercise("09/fix-one-pair");
        assertEquals(
                Verdict.Status.UNREADABLE,
                exercise.check("the addCallbacks one").status());
        assertEquals(Verdict.Status.UNREADABLE, exercise.check("999").status());
        assertEquals(Verdict.Status.UNREADABLE, exercise.check("0").status());
        assertEquals(Verdict.Status.UNREADABLE, exercise.check("1: r a p").status());
        int line = Integer.parseInt(exercise.storedAnswer().split(":")[0]);
        assertEquals(Verdict.Status.UNREADABLE, exercise.check(line + ": r").status());
    }

    /** An exercise whose code only adds pairs keeps the short answer format. */
    @Test
    void answerFormat_saysWhatTheCodesLinesTake() {
        assertEquals(
                ExerciseKind.FIX_LINE.answerFormat(), exercise("07/fix-timeout").answerFormat());
    }
}
