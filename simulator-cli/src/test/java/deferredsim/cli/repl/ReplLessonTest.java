package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.lessons.Checkpoint;
import deferredsim.lessons.Exercise;
import deferredsim.lessons.Lesson;
import deferredsim.lessons.LessonCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplLessonTest {
    @TempDir
    Path home;

    /** When the lessons are listed, each shows its number, title and solved count. */
    @Test
    void lesson_listsLessonsWithProgress() {
        String screen = ReplSession.type(home, "lesson\n");
        assertThat(screen).contains(" 9  A Second Interlude, Deferred", "0/6", " 19  I Thought I Wanted It");
    }

    /** When a lesson is opened and read to its end, its objectives, text, scenarios and exercises are shown. */
    @Test
    void lessonN_showsTheLesson() {
        String screen = ReplSession.type(home, "lesson 13\nreveal\ncontinue\nreveal\ncontinue\ncontinue\n");
        assertThat(screen)
                .contains(
                        "Lesson 13: Deferred All The Way Down",
                        "After this lesson you will be able to:",
                        "Scenarios ('open NAME')",
                        "Exercises ('exercise N')");
    }

    /**
     * When a lesson is opened, it is read up to its first checkpoint, which is asked before its
     * section's text and with none of the checkpoint answers printed.
     */
    @Test
    void lessonN_stopsAtTheFirstCheckpointWithoutItsAnswer() throws Exception {
        Lesson lesson = lesson(10);
        Checkpoint first = lesson.checkpoints().get(0);
        String screen = ReplSession.type(home, "lesson 10\n");
        assertThat(screen)
                .contains("Checkpoint 1 of 2", "Does `poem_done` then run", "exercise 10.2 (lane)")
                .doesNotContain("As a callback, receiving")
                .doesNotContain("Client 5.0 adds three things")
                .doesNotContain("Client 5.1: letting the deferred route the error")
                .doesNotContain("Exercises ('exercise N')");
        assertThat(first.exercise()).contains("gibberish-poem-done");
        assertThat(lesson.checkpoints())
                .noneSatisfy(c -> assertThat(screen).contains(c.answer().substring(0, 20)));
    }

    /** If the learner tries to read on before answering the checkpoint, then it is refused. */
    @Test
    void continue_isRefusedUntilTheCheckpointIsAnswered() {
        String screen = ReplSession.type(home, "lesson 10\ncontinue\n");
        assertThat(screen).contains("answer the checkpoint first").doesNotContain("Client 5.0 adds three things");
    }

    /** When the checkpoint's exercise is answered right, the checkpoint's answer shows and 'continue' reads the section. */
    @Test
    void checkpoint_answeredRightShowsItsAnswerThenTheSection() throws Exception {
        String right = lesson(10).exercise("gibberish-poem-done").orElseThrow().storedAnswer();
        String screen = ReplSession.type(home, "lesson 10\nanswer " + right + "\ncontinue\n");
        assertThat(screen)
                .contains(
                        "Right:",
                        "Checkpoint answer: As a callback",
                        "'continue' reads on.",
                        "Client 5.0 adds three things");
    }

    /** When a checkpoint has no exercise, 'answer' commits the learner's own words before the answer is shown. */
    @Test
    void checkpointWithoutExercise_commitsThePredictionThenShowsTheAnswer() throws Exception {
        Lesson lesson = lesson(9);
        Checkpoint late = lesson.checkpoints().get(1);
        assertThat(late.exercise()).isEmpty();
        String right = lesson.exercise("one-pair-unhandled").orElseThrow().storedAnswer();
        String screen = ReplSession.type(home, "lesson 9\nanswer " + right + "\ncontinue\ncontinue\n");
        int asked = screen.indexOf("Checkpoint 2 of 2");
        assertThat(asked).isPositive();
        assertThat(screen.substring(asked)).doesNotContain(late.answer().substring(0, 20));
        String after = ReplSession.type(
                home, "lesson 9\nanswer " + right + "\ncontinue\ncontinue\nanswer I think it is never reported\n");
        assertThat(after)
                .contains(
                        "Your prediction is noted",
                        "Checkpoint answer: " + late.answer().substring(0, 20));
    }

    /** When a first answer is wrong, it gets targeted feedback and a hint but not the answer or the explanation. */
    @Test
    void answer_firstMissGetsFeedbackAndAHintButNotTheAnswer() throws Exception {
        Exercise lane = lesson(9).exercise("criss-cross-lane").orElseThrow();
        String screen = ReplSession.type(home, "lesson 9\nexercise 1\nanswer callback\n");
        assertThat(screen)
                .contains(
                        "Not quite. You said `callback`.",
                        "Stages 0 and 1 both ran their callbacks",
                        "Hint 1:",
                        "Try again")
                .doesNotContain("The answer:")
                .doesNotContain(lane.explanation().substring(0, 30))
                .doesNotContain("runs its errback");
    }

    /**
     * A find-the-bug exercise shows its scenario as numbered Twisted code; a wrong line gets a first
     * try without the answer, and the right line is accepted after the engine ran the fixed program.
     */
    @Test
    void fixLine_showsNumberedCodeAndChecksTheLineByRunningIt() throws Exception {
        Lesson lesson = lesson(7);
        Exercise fix = lesson.exercise("fix-timeout").orElseThrow();
        int n = lesson.exercises().indexOf(fix) + 1;
        String line = fix.storedAnswer();
        int poem = Integer.parseInt(line) - 2;
        String screen =
                ReplSession.type(home, "lesson 7\nexercise " + n + "\nanswer " + poem + "\nanswer " + line + "\n");
        assertThat(screen)
                .contains(
                        "(fix-line)",
                        " 1  from twisted.internet import defer, task",
                        line + "  clock.callLater(2, d.errback, Exception(\"timed-out\"))",
                        "Goal, once your one line is changed:",
                        "Line " + poem + ",",
                        "`d` ends holding `sorry`, not `shown`.",
                        "Hint 1:",
                        "with that line taken out the run",
                        "meets the goal: `d` ends holding `shown`.")
                .doesNotContain("The answer:");
    }

    /**
     * When a reactor lesson's code exercise is answered with a Python line (quotes and parentheses
     * included) on the wrong line, then on the right one, the terminal checks each by running the
     * changed program.
     */
    @Test
    void fixLine_reactorProgramTakesAPythonLine() throws Exception {
        Lesson lesson = lesson(2);
        Exercise fix = lesson.exercise("downloads-code-fix").orElseThrow();
        int n = lesson.exercises().indexOf(fix) + 1;
        String screen = ReplSession.type(
                home,
                "lesson 2\nexercise " + n + "\nanswer 61: get_poetry(\"127.0.0.1\", 10002, got_poem)\nanswer "
                        + fix.storedAnswer() + "\n");
        assertThat(screen)
                .contains(
                        "(fix-line)",
                        "61  get_poetry(\"127.0.0.1\", 10000, got_poem)",
                        "Line 61,",
                        "with your change the run still misses the goal",
                        "Line 63,",
                        "with that change the run meets the goal")
                .doesNotContain("The answer:");
    }

    /** When a second answer is wrong too, the answer and the explanation are shown. */
    @Test
    void answer_secondMissShowsTheAnswerAndWhy() throws Exception {
        Exercise lane = lesson(9).exercise("criss-cross-lane").orElseThrow();
        String screen = ReplSession.type(home, "lesson 9\nexercise 1\nanswer callback\nanswer none\n");
        assertThat(screen).contains("The answer: `errback`", lane.explanation().substring(0, 30));
    }

    /** When the learner asks with 'reveal', the answer and why are shown, and a right answer after it is not counted. */
    @Test
    void reveal_showsTheAnswerAndARightAnswerAfterItIsNotCounted() throws Exception {
        String screen = ReplSession.type(home, "lesson 9\nexercise 1\nreveal\nanswer errback\n");
        assertThat(screen).contains("The answer: `errback`", "not counted as solved");
        assertThat(home.resolve("progress.json"))
                .satisfiesAnyOf(
                        p -> assertThat(Files.exists(p)).isFalse(),
                        p -> assertThat(Files.readString(p)).doesNotContain("09/criss-cross-lane"));
    }

    /** When the exercises are listed, their Markdown is rendered, not shown raw. */
    @Test
    void exerciseList_rendersMarkdown() {
        String screen = ReplSession.type(home, "lesson 1\nexercise\n");
        String list = screen.substring(screen.lastIndexOf("Exercises ('exercise N')"));
        assertThat(list).contains("idle").doesNotContain("**").doesNotContain("`");
    }

    /** When another lesson is opened, the prompt no longer names the scenario the last lesson loaded. */
    @Test
    void lessonN_putsAwayTheLastLessonsScenario() {
        String screen = ReplSession.type(home, "lesson 10\nopen client-5-0\nlesson 11\nlist\n");
        int opened = screen.indexOf("Lesson 11: ");
        assertThat(screen.substring(0, opened)).contains("transformed[3]> ");
        assertThat(screen.substring(opened)).doesNotContain("transformed[").contains("d[0]> ");
    }

    /** If the learner changed the last lesson's scenario, then opening another lesson keeps the changes, with a note. */
    @Test
    void lessonN_keepsChangesToTheLastLessonsScenario() {
        String screen = ReplSession.type(home, "lesson 10\nopen client-5-0\nr x p\nlesson 11\n");
        assertThat(screen).contains("your changes to lesson 10's scenario stay on the workbench");
        assertThat(screen.substring(screen.indexOf("Lesson 11: "))).contains("transformed[4]> ");
    }

    /** When a reactor scenario is open, the prompt names it rather than the hidden chains. */
    @Test
    void open_reactorScenarioIsNamedByThePrompt() {
        String screen = ReplSession.type(home, "lesson 3\nopen reactor-errors\n");
        assertThat(screen).contains("reactor-errors> ");
    }

    /** When a section holds a later checkpoint than the next section, checkpoints are still numbered in the order asked. */
    @Test
    void checkpoints_areNumberedInTheOrderAsked() {
        String screen = ReplSession.type(home, "lesson 14\nreveal\ncontinue\n");
        assertThat(screen).contains("Checkpoint 1 of 4", "Checkpoint 2 of 4").doesNotContain("Checkpoint 3 of 4");
    }

    private static Lesson lesson(int number) throws Exception {
        return LessonCatalog.load().lesson(number).orElseThrow();
    }

    /** When a wrong answer and then the right one are given, the first is explained and the second counts as solved across sessions. */
    @Test
    void answer_wrongThenRightIsExplainedAndRemembered() throws Exception {
        String screen = ReplSession.type(home, "lesson 9\nexercise 1\nanswer callback\nwhy\nqanswer errback\n");
        assertThat(screen).contains("Exercise 9.1", "where the prediction and the run part", "stage 2", "Right:");
        assertThat(Files.readString(home.resolve("progress.json"))).contains("09/criss-cross-lane");
        assertThat(ReplSession.type(home, "lesson\n")).contains("1/7");
    }

    /** When a lesson scenario is opened, it replaces the workbench and is drawn. */
    @Test
    void open_loadsTheLessonScenario() {
        String screen = ReplSession.type(home, "lesson 9\nopen criss-cross\nlist\n");
        assertThat(screen).contains("return a | passthru", "fail b | passthru");
    }

    /** When a lesson scenario without a deferred named d is opened, only its own run is drawn, with no extra d. */
    @Test
    void open_scenarioWithoutDDrawsOnlyItsOwnRun() {
        String screen = ReplSession.type(home, "lesson 13\nopen outer-inner\nlist\n");
        assertThat(screen)
                .contains("# the run, as the scenario fires it", "outer = Deferred()")
                .doesNotContain("# d.errback(initial*)")
                .doesNotContain("  d: plain");
    }

    /**
     * When a lesson's recording of a real program is opened, its run is drawn from the recording
     * and 'step' shows the program line of each event; the prompt's chains are left alone.
     */
    @Test
    void open_recordedProgramDrawsItsRunAndStepsWithItsLines() {
        String screen = ReplSession.type(home, "r kept p\nlesson 19\nopen recorded-cancel\nstep 41\nqlist\n");
        assertThat(screen)
                .contains(
                        "# recorded-cancel.py, recorded",
                        "request#2 = Deferred()",
                        "t=4  bare.callback('a late poem')  swallowed (cancelled)",
                        "recorded-cancel.py:12  delivery.cancel()");
        assertThat(screen.substring(screen.lastIndexOf("list"))).contains("return kept");
    }

    /** When another lesson is opened, the last lesson's recording is put away and the learner's own chain is drawn again. */
    @Test
    void lessonN_putsAwayTheLastLessonsRecording() {
        String screen = ReplSession.type(home, "r kept p\nlesson 19\nopen recorded-cancel\nlesson 11\n\n");
        String after = screen.substring(screen.indexOf("Lesson 11: "));
        assertThat(after).contains("return kept").doesNotContain("# recorded-cancel.py, recorded");
    }

    /**
     * A code-line exercise on a recording shows the program numbered; a wrong line is told with what
     * the recording shows there, and the right one is accepted.
     */
    @Test
    void codeLine_onARecordingShowsTheProgramAndChecksTheLine() throws Exception {
        Lesson lesson = lesson(10);
        Exercise branch = lesson.exercise("recorded-check-branch").orElseThrow();
        int n = lesson.exercises().indexOf(branch) + 1;
        int right = Integer.parseInt(branch.storedAnswer());
        String screen = ReplSession.type(
                home, "lesson 10\nexercise " + n + "\nanswer " + (right + 1) + "\nanswer " + right + "\n");
        assertThat(screen)
                .contains(
                        "(code-line)",
                        "28  def transform_failed(failure):",
                        "Not quite. You said `" + (right + 1) + "`.",
                        "Hint 1:",
                        "Right: stage 1 of capitals runs, and the recording shows it on line " + right);
    }

    /** When hints are asked for, they come one at a time. */
    @Test
    void hint_showsTheHintsInTurn() {
        String screen = ReplSession.type(home, "lesson 9\nexercise 1\nhint\nhint\n");
        assertThat(screen).contains("Hint 1:", "Hint 2:");
    }

    /** If the progress file is corrupt, it is reported and set aside, and the lessons still work. */
    @Test
    void corruptProgress_isReportedAndSetAside() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{not json");
        String screen = ReplSession.type(home, "lesson\n");
        assertThat(screen).contains("progress.json.corrupt-");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("progress.json.corrupt-"));
        }
    }
}
