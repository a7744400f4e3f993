package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking answers of every kind against the engine. Scenario {@code s} is the Figure 18 chain on
 * {@code d} fired at t=1; scenario {@code w} has {@code outer} fired at t=1 whose stage 0 returns
 * {@code inner}, fired 2 seconds after it is created (t=3).
 */
class ExerciseCheckTest {
    private static final String WAITING = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [\n"
            + " {\"name\": \"outer\", \"chain\": [[\"d inner\", \"p\"], [\"r done\", \"r saved\"]],"
            + " \"fire\": {\"method\": \"callback\", \"value\": \"go\", \"after\": 1}},\n"
            + " {\"name\": \"inner\", \"fire\": {\"method\": \"errback\", \"value\": \"down\", \"after\": 2}}]}\n";

    @TempDir
    Path root;

    private LessonCatalog catalog;

    @BeforeEach
    void load() throws LessonFormatException {
        String lessonJson = LessonFiles.LESSON_JSON.replace(
                "]}\n",
                ", {\"name\": \"w\", \"file\": \"w.json\", \"title\": \"W\", \"description\": \"Waiting.\"}]}\n");
        String exercises = LessonFiles.exercises(
                LessonFiles.LANE_EXERCISE,
                exercise(
                        "result",
                        "\"kind\": \"result\", \"scenario\": \"s\", \"deferred\": \"d\", \"answer\": \"d\","
                                + " \"feedback\": {\"c\": \"One more stage runs after the errback.\"}"),
                exercise(
                        "when",
                        "\"kind\": \"time\", \"scenario\": \"w\", \"event\": {\"d\": \"outer\", \"event\": \"run\","
                                + " \"stage\": 1}, \"answer\": \"3\""),
                exercise(
                        "next",
                        "\"kind\": \"next-line\", \"scenario\": \"s\", \"after\": 2, \"answer\":"
                            + " \"{\\\"t\\\":1,\\\"d\\\":\\\"d\\\",\\\"event\\\":\\\"run\\\",\\\"stage\\\":1,\\\"side\\\":\\\"callback\\\",\\\"in\\\":\\\"a\\\",\\\"out\\\":\\\"b*\\\"}\","
                            + " \"choices\":"
                            + " [\"{\\\"t\\\":1,\\\"d\\\":\\\"d\\\",\\\"event\\\":\\\"run\\\",\\\"stage\\\":1,\\\"side\\\":\\\"callback\\\",\\\"in\\\":\\\"a\\\",\\\"out\\\":\\\"b*\\\"}\","
                            + " \"{\\\"t\\\":1,\\\"d\\\":\\\"d\\\",\\\"event\\\":\\\"run\\\",\\\"stage\\\":1,\\\"side\\\":\\\"errback\\\",\\\"in\\\":\\\"a\\\",\\\"out\\\":\\\"a\\\"}\"]"),
                exercise(
                        "unhandled",
                        "\"kind\": \"unhandled\", \"scenario\": \"w\", \"deferred\": \"outer\", \"answer\": \"no\""),
                exercise(
                        "build",
                        "\"kind\": \"build\", \"scenario\": \"s\", \"deferred\": \"d\", \"answer\": \"f x p; p r"
                            + " saved\", \"goal\": {\"value\": \"saved\", \"sides\": [\"callback\", \"errback\"]}"));
        catalog = new LessonFiles(root)
                .lesson("01-first", lessonJson, null, exercises, null)
                .write("01-first/w.json", WAITING)
                .load();
    }

    private static String exercise(String id, String specific) {
        return "{\"id\": \"" + id + "\", " + specific + ", \"prompt\": \"Predict.\", \"hints\": [\"Think.\"],"
                + " \"explanation\": \"Because.\"}";
    }

    private Exercise exercise(String id) {
        return catalog.exercise("01/" + id).orElseThrow();
    }

    /** The beat, of the deferred it is about, of the event a wrong verdict steps to. */
    private static Beat divergedAt(Verdict verdict) {
        int at = verdict.divergence().getAsInt();
        Reading reading = verdict.reading();
        return reading.beats(reading.subject(at).orElseThrow()).stream()
                .filter(beat -> beat.index() == at)
                .findFirst()
                .orElseThrow();
    }

    /** The sentence of event {@code index}, as a verdict's Markdown writes it. */
    private static String told(Verdict verdict, int index) {
        return verdict.reading().sentence(index).replaceAll("([\\\\`*_\\[\\]])", "\\\\$1");
    }

    // When the learner names the right lane, then the verdict is correct and tells the stage's run and where its input
    // came from, in the Reading's sentences.
    @Test
    void check_rightLane_isCorrect() {
        Verdict verdict = exercise("lane").check("errback");
        Reading reading = verdict.reading();
        int stage1 = reading.beats("d").stream()
                .filter(b -> b instanceof Beat.StageRan ran && ran.run().stage() == 1)
                .findFirst()
                .orElseThrow()
                .index();

        assertThat(verdict.isCorrect()).isTrue();
        assertThat(verdict.divergence()).isEmpty();
        assertThat(verdict.where()).isEmpty();
        assertThat(verdict.explanation())
                .startsWith("Right: stage 2 of `d` runs its errback: its input `b*` is a failure.")
                .contains("> " + told(verdict, stage1 + 1))
                .contains("Its input came from:\n\n- " + told(verdict, stage1))
                .endsWith("Stage 1 fails.");
    }

    // When the learner names the wrong lane, then the verdict steps to the stage that ran the other way, tells it with
    // the Reading's sentence, and the playhead to show is just after it.
    @Test
    void check_wrongLane_divergesAtThatStage() {
        Verdict verdict = exercise("lane").check("the callback lane");
        int at = verdict.divergence().getAsInt();

        assertThat(verdict.status()).isEqualTo(Verdict.Status.INCORRECT);
        assertThat(divergedAt(verdict))
                .isInstanceOfSatisfying(
                        Beat.StageRan.class,
                        ran -> assertThat(ran.run().stage()).isEqualTo(2));
        assertThat(verdict.explanation()).contains("Where the run and your prediction part:\n\n> " + told(verdict, at));
        assertThat(verdict.where()).contains(Playhead.after(at));
        assertThat(verdict.expected()).isEqualTo("errback");
    }

    // If the answer is not a lane, then the verdict is unreadable and says how to write one.
    @Test
    void check_unreadableLane_saysWhatToWrite() {
        Verdict verdict = exercise("lane").check("sideways");

        assertThat(verdict.status()).isEqualTo(Verdict.Status.UNREADABLE);
        assertThat(verdict.explanation()).contains("callback or errback");
    }

    // When the learner predicts a value the deferred held earlier, then the verdict steps to the event that changed it
    // and adds the feedback.
    @Test
    void check_resultHeldEarlier_divergesWhereItChanged() {
        Verdict verdict = exercise("result").check("c");

        assertThat(divergedAt(verdict))
                .isInstanceOfSatisfying(
                        Beat.StageRan.class,
                        ran -> assertThat(ran.run().stage()).isEqualTo(3));
        assertThat(verdict.explanation())
                .contains("It did hold `c` for a while")
                .contains("One more stage runs after the errback.");
    }

    // When the learner predicts a value the deferred never held, then the verdict steps to its firing.
    @Test
    void check_resultNeverHeld_divergesAtTheFiring() {
        Verdict verdict = exercise("result").check("zebra");

        assertThat(divergedAt(verdict)).isInstanceOf(Beat.Fired.class);
    }

    // When a result answer differs only in spaces or quotes, then it counts as right.
    @Test
    void check_resultSpacingAndQuotes_areIgnored() {
        assertThat(exercise("result").check(" 'd' ").isCorrect()).isTrue();
    }

    // When the learner predicts a time too early, then the verdict steps to the last event about the deferred by then
    // and tells where it stood: waiting for the inner deferred.
    @Test
    void check_timeTooEarly_divergesAtStateThen() {
        Verdict verdict = exercise("when").check("t=1");
        int at = verdict.divergence().getAsInt();

        assertThat(verdict.status()).isEqualTo(Verdict.Status.INCORRECT);
        assertThat(verdict.reading().time(at).toString()).isEqualTo("1");
        assertThat(verdict.reading().subjects(at)).contains("outer");
        assertThat(verdict.reading().deferred("outer", Playhead.after(at)).waitingOn())
                .isEqualTo("inner");
        assertThat(verdict.explanation())
                .contains("At t=1 it has not happened yet: `outer` is waiting for inner.")
                .contains(told(verdict, at));
    }

    // When the learner predicts a time too late or never, then the verdict steps to the event itself.
    @Test
    void check_timeTooLate_divergesAtTheEvent() {
        assertThat(divergedAt(exercise("when").check("5"))).isInstanceOf(Beat.StageRan.class);
        assertThat(divergedAt(exercise("when").check("never"))).isInstanceOf(Beat.StageRan.class);
    }

    // When a result answer differs only in case, then it is wrong, because values like POEM and poem differ.
    @Test
    void check_resultCase_matters() {
        assertThat(exercise("result").check("D").status()).isEqualTo(Verdict.Status.INCORRECT);
        assertThat(exercise("result").check("none").status()).isEqualTo(Verdict.Status.INCORRECT);
    }

    // When a time is written as 3.0 or 3s, then it reads as 3.
    @Test
    void check_timeWrittenDifferently_isCorrect() {
        assertThat(exercise("when").check("3.0").isCorrect()).isTrue();
        assertThat(exercise("when").check("3s").isCorrect()).isTrue();
    }

    // When a next-line answer has other key order and spacing, then it counts as the same line.
    @Test
    void check_nextLineKeyOrder_isIgnored() {
        Verdict verdict = exercise("next")
                .check("{\"d\": \"d\", \"t\": 1.0, \"event\": \"run\", \"stage\": 1, \"side\": \"callback\", \"out\":"
                        + " \"b*\", \"in\": \"a\"}");

        assertThat(verdict.isCorrect()).isTrue();
    }

    // When the learner answers with a choice number, then that choice is checked, and a wrong one steps to the real
    // next event.
    @Test
    void check_choiceNumber_readsTheChoice() {
        assertThat(exercise("next").check("1").isCorrect()).isTrue();
        Verdict wrong = exercise("next").check("(2)");
        assertThat(wrong.explanation()).startsWith("Not quite. You chose (2), ");
        assertThat(divergedAt(wrong)).isInstanceOf(Beat.StageRan.class);
    }

    // When a next-line exercise is shown, then its prompt lines are the trace before the line to predict.
    @Test
    void shownLines_nextLine_areTheTracePrefix() {
        assertThat(exercise("next").shownLines())
                .containsExactly(
                        "{\"t\":1,\"d\":\"d\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"poem\"}",
                        "{\"t\":1,\"d\":\"d\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\",\"in\":\"poem\",\"out\":\"a\"}");
    }

    // When the learner says a handled failure is unhandled, then the verdict steps to the stage that handled it.
    @Test
    void check_unhandledWrong_divergesAtTheHandler() {
        Verdict verdict = exercise("unhandled").check("yes");

        assertThat(divergedAt(verdict))
                .isInstanceOfSatisfying(
                        Beat.StageRan.class,
                        ran -> assertThat(ran.run().out().render()).isEqualTo("saved"));
    }

    // When the learner's chain meets the goal, then the verdict is correct and carries the learner's own run.
    @Test
    void check_buildMeetingGoal_isCorrect() {
        Verdict verdict = exercise("build").check("fail oops | passthru\npassthru | return saved");

        assertThat(verdict.isCorrect()).isTrue();
        assertThat(verdict.reading()
                        .deferred("d", verdict.reading().end())
                        .result()
                        .render())
                .isEqualTo("saved");
    }

    // When the learner's chain takes another path, then the verdict lists what misses and steps to the first stage off
    // the path.
    @Test
    void check_buildOffPath_divergesAtFirstWrongStage() {
        Verdict verdict = exercise("build").check("r x p; p r saved");

        assertThat(verdict.status()).isEqualTo(Verdict.Status.INCORRECT);
        assertThat(verdict.explanation())
                .contains("`d` ends holding `x`, not `saved`.")
                .contains("ran callback, callback, not callback, errback");
        assertThat(divergedAt(verdict))
                .isInstanceOfSatisfying(
                        Beat.StageRan.class,
                        ran -> assertThat(ran.run().stage()).isEqualTo(1));
        assertThat(verdict.explanation())
                .contains("Where your chain's run leaves the goal:\n\n> "
                        + told(verdict, verdict.divergence().getAsInt()));
    }

    // If the learner's chain returns a deferred the scenario does not have, then the verdict is unreadable and says
    // why.
    @Test
    void check_buildUnknownDeferred_isUnreadable() {
        Verdict verdict = exercise("build").check("d nowhere p");

        assertThat(verdict.status()).isEqualTo(Verdict.Status.UNREADABLE);
        assertThat(verdict.explanation())
                .startsWith("That chain does not fit the scenario:")
                .contains("nowhere");
    }

    // When a build exercise is shown, then its lines state the goal.
    @Test
    void shownLines_build_stateTheGoal() {
        assertThat(exercise("build").shownLines())
                .containsExactly(
                        "You write the chain of `d`. Goal:",
                        "- `d` ends holding `saved`",
                        "- the stages of the chain you write run: callback, errback");
    }

    // When every stored answer is checked, then the engine agrees with all of them.
    @Test
    void verify_fixtureAnswers_agree() {
        assertThat(catalog.verify()).isEmpty();
    }
}
