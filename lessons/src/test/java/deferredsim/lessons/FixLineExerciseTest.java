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

    /** The line of {@code exercise}'s code that is exactly {@code text}, stripped. */
    private static int lineOf(Exercise exercise, String text) {
        List<String> code = exercise.code();
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).strip().replaceFirst("^[0-9]+\\s+", "").equals(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + text + " in " + code);
    }

    /**
     * If the cache hands back a deferred nobody fires, then making it with its result is the fix;
     * answering around the cache, or failing it, is not.
     */
    @Test
    void aCacheHitIsAnsweredByADeferredMadeWithItsResult() {
        Exercise exercise = exercise("14/fix-cache-hit");
        int made = lineOf(exercise, "from_cache = defer.Deferred()");
        assertTrue(exercise.storedAnswer().startsWith(made + ":"));
        assertTrue(exercise.check(made + ": succeed POEM").isCorrect());
        assertTrue(exercise.check(made + ": SUCCEED POEM").isCorrect());
        assertEquals(
                Verdict.Status.INCORRECT, exercise.check(made + ": fail POEM").status());
        assertEquals(
                Verdict.Status.INCORRECT, exercise.check(String.valueOf(made)).status());
        Verdict around = exercise.check(lineOf(exercise, "second.addCallback(defer_from_cache)") + ": r POEM p");
        assertEquals(Verdict.Status.INCORRECT, around.status());
        assertTrue(around.firstTry().contains("never took a result from `from-cache`"), around.firstTry());
        Verdict twice = exercise.check(lineOf(exercise, "from_server = defer.Deferred()") + ": succeed POEM");
        assertEquals(Verdict.Status.UNREADABLE, twice.status());
        assertTrue(twice.explanation().contains("it would be fired twice"), twice.explanation());
        assertEquals(
                Verdict.Status.UNREADABLE, exercise.check(made + ": succeed").status());
    }

    /**
     * If the test method returns nothing, then trial is done while the poem is still due; returning
     * the deferred is the fix, and doing without the poem is not.
     */
    @Test
    void aTestThatForgetsReturnDIsOverWhileWorkIsLeftOnTheClock() {
        Exercise exercise = exercise("15/fix-forgot-return");
        int method = lineOf(exercise, "runner.addCallback(return_None)");
        assertEquals(method + ": d poem p", exercise.storedAnswer());
        Verdict bare = exercise.check(String.valueOf(method));
        assertEquals(Verdict.Status.INCORRECT, bare.status());
        assertTrue(bare.firstTry().contains("the clock still held `fire poem` (due at t=0.2)"), bare.firstTry());
        Verdict withoutPoem =
                exercise.check(String.valueOf(lineOf(exercise, "clock.callLater(0.2, poem.callback, \"POEM\")")));
        assertEquals(Verdict.Status.INCORRECT, withoutPoem.status());
        assertTrue(withoutPoem.firstTry().contains("never took a result from `poem`"), withoutPoem.firstTry());
        assertEquals(
                Verdict.Status.INCORRECT,
                exercise.check(lineOf(exercise, "poem.addCallback(return_None)") + ": r None p")
                        .status());
    }

    /**
     * If the transform's failure is raised at its yield, then a try/except there is the fix; one
     * around the download, or leaving the transform out, is not.
     */
    @Test
    void aFailureAtAYieldIsCaughtWhereItIsRaised() {
        Exercise exercise = exercise("17/fix-uncaught-transform");
        int transform = lineOf(exercise, "result = yield make_xform()");
        assertEquals(transform + ": yield xform catch", exercise.storedAnswer());
        assertEquals(
                Verdict.Status.INCORRECT,
                exercise.check(lineOf(exercise, "result = yield make_download()") + ": yield download catch")
                        .status());
        Verdict skipped = exercise.check(String.valueOf(transform));
        assertEquals(Verdict.Status.INCORRECT, skipped.status());
        assertTrue(
                skipped.firstTry().contains("Nothing in `poem` fails with `CummingsifyError` any more"),
                skipped.firstTry());
        Verdict uncaught = exercise.check(transform + ": yield xform");
        assertTrue(uncaught.firstTry().contains("no try/except of its generator catches it"), uncaught.firstTry());
        assertEquals(
                Verdict.Status.UNREADABLE,
                exercise.check(transform + ": yeld xform catch").status());
        assertTrue(exercise.answerFormat().contains("yield NAME catch"), exercise.answerFormat());
    }

    /**
     * If a DeferredList member fails, then consumeErrors on the list is the fix; other flags, or an
     * errback that hides the failure from the list, are not.
     */
    @Test
    void aListThatConsumesItsMembersErrorsLeavesNoneUnhandled() {
        Exercise exercise = exercise("18/fix-unconsumed");
        int list = lineOf(exercise, "all_poems = defer.DeferredList([make_poem_1(), make_poem_2(), make_poem_3()])");
        assertEquals(list + ": consumeErrors", exercise.storedAnswer());
        assertTrue(exercise.check(list + ": consumeErrors=True").isCorrect());
        Verdict none = exercise.check(list + ": none");
        assertEquals(Verdict.Status.INCORRECT, none.status());
        assertTrue(none.firstTry().contains("`poem-2` ends with an unhandled error"), none.firstTry());
        assertEquals(
                Verdict.Status.INCORRECT,
                exercise.check(list + ": fireOnOneCallback consumeErrors").status());
        assertEquals(
                Verdict.Status.INCORRECT,
                exercise.check(lineOf(exercise, "poem_2.addCallback(return_None)") + ": r None r handled")
                        .status());
        assertEquals(
                Verdict.Status.UNREADABLE,
                exercise.check(list + ": consumeErrorz").status());
        assertTrue(exercise.answerFormat().contains("flags on a DeferredList line"), exercise.answerFormat());
    }

    /** An exercise whose code only adds pairs keeps the short answer format. */
    @Test
    void answerFormat_saysWhatTheCodesLinesTake() {
        assertEquals(
                ExerciseKind.FIX_LINE.answerFormat(), exercise("07/fix-timeout").answerFormat());
        assertTrue(exercise("14/fix-cache-hit").answerFormat().contains("succeed V or fail V"));
    }
}
