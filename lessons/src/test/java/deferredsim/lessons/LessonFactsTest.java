package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.PairSpec;
import java.util.List;
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
    // never that the loop ends on its own.
    @Test
    void lesson11_loopingCallDeferredFiresOnStopOrRaise() {
        String text = lesson(11).markdown();
        assertThat(text).doesNotContain("on its own").contains("`stop()`", "raises");
        assertThat(lesson(11).scenario("slow-sender").orElseThrow().description())
                .contains("when `stop()` is called");
    }

    // If lesson 11 asked about two deferreds due at the same instant, or stated the loop's fire time, then it would
    // test the tie-break lesson 3 warns about, or give its answer away.
    @Test
    void lesson11_noTieOrderAndNoStatedLoopTime() {
        assertThat(lesson(11).exercise("tie-order")).isEmpty();
        assertThat(lesson(11).exercises())
                .noneSatisfy(e -> assertThat(e.prompt()).contains("order the scenario declares"));
        Exercise loop = lesson(11).exercise("loop-not-stopped").orElseThrow();
        assertThat(loop.prompt()).doesNotContain(loop.storedAnswer());
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
        assertThat(lesson(14)
                        .exercise("cached-reply-time")
                        .orElseThrow()
                        .check("7")
                        .isCorrect())
                .isTrue();
    }

    // If lesson 16's scenario description said in which order the children stop, then it would answer reverse-order.
    @Test
    void lesson16_descriptionDoesNotTellTheStopOrder() {
        assertThat(lesson(16).scenario("stop-service").orElseThrow().description())
                .doesNotContain("reverse")
                .doesNotContain("TCP server first");
    }
}
