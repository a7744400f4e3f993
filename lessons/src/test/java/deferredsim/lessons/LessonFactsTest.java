package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.PairSpec;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts issue 12 found wrong in the lessons, each checked where the lesson states it. */
class LessonFactsTest {
    private static LessonCatalog catalog;

    @BeforeAll
    static void load() throws LessonFormatException {
        catalog = LessonCatalog.load();
    }

    private static Lesson lesson(int number) {
        return catalog.lesson(number).orElseThrow();
    }

    private static Checkpoint checkpoint(int lesson, String id) {
        return lesson(lesson).checkpoints().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    // When a trial test forgets `return d` (Twisted 22.4), then lesson 15 says trial reports an ERROR for the unclean
    // reactor, not a pass, and its exercise checks the errback side.
    @Test
    void lesson15_forgottenReturnIsAnErrorForTheUncleanReactor() {
        Lesson lesson = lesson(15);
        assertThat(lesson.markdown()).contains("DirtyReactorAggregateError").doesNotContain("records a pass");
        Checkpoint forgot = checkpoint(15, "forgot-return");
        assertThat(forgot.answer()).startsWith("An ERROR").contains("DirtyReactorAggregateError");
        Exercise outcome = lesson.exercise(forgot.exercise().orElseThrow()).orElseThrow();
        assertThat(outcome.kind()).isEqualTo(ExerciseKind.LANE);
        assertThat(outcome.check("errback").isCorrect()).isTrue();
        assertThat(lesson.exercise("forgot-return-when").orElseThrow().explanation())
                .contains("DirtyReactorAggregateError")
                .doesNotContain("records PASS");
        assertThat(lesson.exercise("orphan-unhandled").orElseThrow().check("no").isCorrect())
                .isTrue();
    }

    // When lesson 11 tells when a LoopingCall's deferred fires, then it says on stop() or when the function raises,
    // never that the loop ends on its own; and the model agrees: with connectionLost leaving the loop alone, the
    // deferred fires when the looped function stops it after the last chunk, not at the hang-up.
    @Test
    void lesson11_loopingCallDeferredFiresOnStopOrRaise() {
        String text = lesson(11).markdown();
        assertThat(text).doesNotContain("on its own").contains("`stop()`", "raises");
        assertThat(lesson(11).scenario("loop-left-running").orElseThrow().description())
                .contains("fires when `stop()` is called");
        Exercise fires = lesson(11).exercise("loop-deferred-fires").orElseThrow();
        assertThat(fires.check("2.9").isCorrect()).isTrue();
        assertThat(fires.check("2.05").isCorrect()).isFalse();
    }

    // When lessons 11, 12 and 16 ask about servers and twistd, then they ask the reactor model's runs, not Deferreds
    // with fire times typed in: every scenario is a reactor scenario, but for lesson 12's chains on a service that
    // would answer later, which the Part only imagines.
    @Test
    void lessons11And12And16_askTheReactorModel() {
        for (int number : new int[] {11, 12, 16}) {
            for (LessonScenario scenario : lesson(number).scenarios()) {
                if (number == 12 && List.of("async-transform", "build-protocol").contains(scenario.name())) {
                    continue;
                }
                assertThat(scenario)
                        .as(lesson(number).slug() + " " + scenario.name())
                        .isInstanceOf(ReactorScenario.class);
            }
        }
    }

    // If a time exercise of lessons 11, 12 and 16 wrote its answer in its prompt or its scenario's title or
    // description, then it would give itself away, as the loop question of lesson 11 once did.
    @Test
    void lessons11And12And16_timesAreNotWrittenInTheQuestion() {
        for (int number : new int[] {11, 12, 16}) {
            for (Exercise exercise : lesson(number).exercises()) {
                if (exercise.kind() != ExerciseKind.TIME) {
                    continue;
                }
                Pattern stated =
                        Pattern.compile("(?<![0-9.])" + Pattern.quote(exercise.storedAnswer()) + "(?![0-9]|\\.[0-9])");
                for (String text : List.of(
                        exercise.prompt(),
                        exercise.scenario().title(),
                        exercise.scenario().description())) {
                    assertThat(stated.matcher(text).find())
                            .as(exercise.key() + ": " + text)
                            .isFalse();
                }
            }
        }
    }

    // If a next-line exercise of lessons 11, 12 and 16 asked which of two processes logs first at one instant, then
    // its answer would be the simulator's tie-break, which lesson 3 says not to rely on: the line to predict comes from
    // the process of the line before it.
    @Test
    void lessons11And12And16_nextLinesStayInOneProcess() {
        for (int number : new int[] {11, 12, 16}) {
            for (Exercise exercise : lesson(number).exercises()) {
                if (exercise.kind() != ExerciseKind.NEXT_LINE) {
                    continue;
                }
                List<String> shown = exercise.shownLines();
                assertThat(who(exercise.storedAnswer()))
                        .as(exercise.key())
                        .isNotEmpty()
                        .isEqualTo(who(shown.get(shown.size() - 1)));
            }
        }
    }

    // When lessons 11, 12 and 16 are worked through, then each has an exercise on code: a piece of the Part's Twisted
    // code in the prompt, asked about the simulated run, and answered by the model.
    @Test
    void lessons11And12And16_haveAnExerciseOnCode() {
        for (int number : new int[] {11, 12, 16}) {
            List<Exercise> onCode = lesson(number).exercises().stream()
                    .filter(e ->
                            e.prompt().contains("```python\n") && e.prompt().contains("def "))
                    .toList();
            assertThat(onCode).as("lesson " + number).isNotEmpty();
            onCode.forEach(e -> assertThat(e.verifyStoredAnswer()).as(e.key()).isEmpty());
        }
    }

    /** The process a trace line is about, or empty for a Deferred's line. */
    private static String who(String traceLine) {
        try {
            JsonObject line = (JsonObject) Json.parse(traceLine);
            return line.member("who").map(m -> ((JsonString) m.value()).value()).orElse("");
        } catch (JsonSyntaxException notJson) {
            throw new AssertionError(traceLine, notJson);
        }
    }

    // When lesson 14's second client hits the cache, then its deferred is the succeed() deferred made at t=7 with the
    // protocol's callbacks on it: no stage waits on a deferred created before the request.
    @Test
    void lesson14_cacheHitIsSucceedMadeWhenTheClientArrives() {
        DeferredScenario proxy = (DeferredScenario) lesson(14).scenario("proxy").orElseThrow();
        List<DeferredSpec> deferreds = proxy.scenario().deferreds();
        assertThat(deferreds).extracting(DeferredSpec::name).containsExactly("request-1", "request-2");
        for (DeferredSpec spec : deferreds) {
            assertThat(spec.chain()).extracting(PairSpec::toString).noneMatch(pair -> pair.contains("defer"));
        }
        Exercise cached = lesson(14).exercise("cached-reply-time").orElseThrow();
        assertThat(cached.check("fire, add 0, run 0, add 1, run 1").isCorrect()).isTrue();
        assertThat(cached.check("add 0, add 1, fire, run 0, run 1").isCorrect()).isFalse();
    }

    // If lesson 16's scenario said in which order the children stop, then it would answer first-child-stopped.
    @Test
    void lesson16_scenarioDoesNotTellTheStopOrder() {
        LessonScenario fig34 = lesson(16).scenario("fig34").orElseThrow();
        for (String text : List.of(fig34.title(), fig34.description())) {
            assertThat(text)
                    .doesNotContain("reverse")
                    .doesNotContain("TCP server first")
                    .doesNotContain("stops first");
        }
        assertThat(lesson(16).exercise("first-child-stopped").orElseThrow().scenario())
                .isSameAs(fig34);
    }

    // When lesson 2 counts the asynchronous client's wake-ups, then it says the count rests on the model's lock-step
    // servers, and its text no longer repeats the book's wording for connecting to every server.
    @Test
    void lesson2_wakeUpCountIsTheModelsAndTheWordingIsOwn() {
        Lesson lesson = lesson(2);
        assertThat(lesson.markdown()).contains("property of the model");
        Exercise wakeups = lesson.exercise("async-wakeups").orElseThrow();
        assertThat(wakeups.prompt()).contains("In this model", "lock step");
        assertThat(wakeups.explanation()).contains("model's");
        StringBuilder all = new StringBuilder(lesson.markdown());
        lesson.exercises()
                .forEach(e -> all.append(e.prompt()).append(e.explanation()).append(e.hints()));
        lesson.checkpoints().forEach(c -> all.append(c.question()).append(c.answer()));
        assertThat(all.toString().toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("connects to all the servers at")
                .doesNotContain("the heart of the reactor pattern");
    }

    // When lesson 6 says why Failure exists, then it gives Python 3's reasons: an exception can be a result, and a
    // raised one keeps its frames alive through __traceback__; not Python 2's missing traceback.
    @Test
    void lesson6_failureReasonsArePython3s() {
        String text = lesson(6).markdown();
        assertThat(text)
                .doesNotContain("traceback belongs to a raised exception")
                .contains("`__traceback__`", "cleanFailure");
    }

    // When lesson 19 asks whether cancelling a waiting outer deferred cancels the inner one, then it asks the reading's
    // fact (inner is cancelled), which the canonical trace has no line for.
    @Test
    void lesson19_innerIsCancelledAsksTheReadingsFact() {
        Exercise inner = lesson(19).exercise("inner-is-cancelled").orElseThrow();
        assertThat(inner.kind()).isEqualTo(ExerciseKind.HAPPENS);
        assertThat(inner.check("yes").isCorrect()).isTrue();
        assertThat(inner.check("no").isCorrect()).isFalse();
    }

    // When a learner reads any lesson, then it names a simulator command that helps (step, trace, timeline, explore,
    // compare, export python), and every scenario it says to open is one of its own.
    @Test
    void everyLesson_namesACommandThatHelpsAndOpensItsOwnScenarios() {
        java.util.regex.Pattern command =
                java.util.regex.Pattern.compile("`(step|trace|timeline|explore|compare( split)?|export python[^`]*)`");
        java.util.regex.Pattern open = java.util.regex.Pattern.compile("`open ([a-z0-9-]+)`");
        for (Lesson lesson : catalog.lessons()) {
            String text = lesson.markdown();
            assertThat(command.matcher(text).find()).as(lesson.slug()).isTrue();
            java.util.regex.Matcher opened = open.matcher(text);
            while (opened.find()) {
                assertThat(lesson.scenario(opened.group(1)))
                        .as(lesson.slug() + " " + opened.group())
                        .isPresent();
            }
        }
    }

    // When lessons 10, 15 and 19 end, then each has a review exercise that asks an earlier lesson's rule in a scenario
    // of its own, checked by the engine.
    @Test
    void lessons10And15And19_haveAReviewInANewScenario() {
        for (int number : new int[] {10, 15, 19}) {
            List<Exercise> reviews = lesson(number).exercises().stream()
                    .filter(e -> e.prompt().startsWith("Review from Part "))
                    .toList();
            assertThat(reviews).as("lesson " + number).isNotEmpty();
            for (Exercise review : reviews) {
                assertThat(review.scenario().name()).startsWith("review-");
                assertThat(lesson(number).exercises().stream()
                                .filter(e -> e != review)
                                .map(e -> e.scenario().name()))
                        .doesNotContain(review.scenario().name());
                assertThat(review.verifyStoredAnswer()).isEmpty();
            }
        }
    }

    // When lesson 14 asks about callbacks added to a fired deferred, then it asks for an order the engine computes,
    // which tells "inside the add call" from "queued for later at the same instant", as a time cannot.
    @Test
    void lesson14_runsAtOnceIsAskedAsAnOrder() {
        Exercise added = lesson(14).exercise("added-late-runs-now").orElseThrow();
        assertThat(added.kind()).isEqualTo(ExerciseKind.ORDER);
        assertThat(added.check("fire, add 0, run 0, add 1, run 1, add 2, run 2").isCorrect())
                .isTrue();
        Verdict queued = added.check("fire, add 0, add 1, add 2, run 0, run 1, run 2");
        assertThat(queued.isCorrect()).isFalse();
        assertThat(queued.firstTry())
                .contains("right up to `add 0`; `add 1` does not come next")
                .doesNotContain("`run 0`");
        assertThat(added.check("fire, add 0, jump").status()).isEqualTo(Verdict.Status.UNREADABLE);
    }

    // When lesson 17 asks whether an inlineCallbacks function finishes inside the call, then it asks the caller's order
    // of steps: it takes the result without ever waiting.
    @Test
    void lesson17_callTimeIsAskedAsAnOrder() {
        Exercise sync = lesson(17).exercise("runs-synchronously").orElseThrow();
        assertThat(sync.kind()).isEqualTo(ExerciseKind.ORDER);
        assertThat(sync.check("fire, run 0, take, run 1").isCorrect()).isTrue();
        assertThat(sync.check("fire, run 0, wait, take, run 1").isCorrect()).isFalse();
    }
}
