package deferredsim.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.value.Value;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The stories the views used to get wrong, told right once in the core: who fired a deferred after
 * a cancel, where a cancel went, why a late fire is swallowed, how many pauses remain, what an
 * inner deferred holds after handing its result on, what a generator is doing, what a list does.
 */
class ReadingStoriesTest {
    /** When an outer deferred waiting on x is cancelled and x's late fire comes, then x was fired by the cancel and the late fire is swallowed. */
    @Test
    void cancelWhileWaiting_innerIsFiredByTheCancelAndItsLateFireIsSwallowed() throws Exception {
        Reading reading = read("cancel-while-waiting-on-inner");
        DeferredSnapshot x = reading.deferred("x", reading.end());

        assertThat(x.firing().by()).isEqualTo(FiredBy.CANCEL);
        assertThat(x.firing().value().render()).isEqualTo("CancelledError*");
        assertThat(x.cancellation().passedOnFrom()).isEqualTo("d");
        assertThat(x.cancellation().effect()).isEqualTo(CancelEffect.NO_CANCELLER);
        assertThat(x.lateFires())
                .singleElement()
                .satisfies(late -> assertThat(late.swallowed()).isTrue());
        assertThat(sentenceOf(
                        reading,
                        e -> e instanceof SimEvent.CancelArrived c
                                && c.deferred().equals("d")))
                .contains("passes the cancel on to x");
        assertThat(sentenceOf(
                        reading,
                        e -> e instanceof SimEvent.Fired f && f.deferred().equals("x")))
                .contains("cancelled without a canceller")
                .contains("swallows");
    }

    /** When the inner deferred has a canceller, then the cancel reaches it, its canceller runs, and a late fire raises AlreadyCalledError. */
    @Test
    void cancelWhileWaitingWithCanceller_theInnerCancellerRunsAndALateFireIsRefused() throws Exception {
        Reading reading = read("cancel-while-waiting-on-inner-with-canceller");
        DeferredSnapshot x = reading.deferred("x", reading.end());

        assertThat(x.cancellation().effect()).isEqualTo(CancelEffect.CANCELLER);
        assertThat(x.cancellation().passedOnFrom()).isEqualTo("d");
        assertThat(x.firing().by()).isIn(FiredBy.CANCELLER, FiredBy.CANCEL);
        assertThat(x.lateFires())
                .allSatisfy(late -> assertThat(late.swallowed()).isFalse());
        assertThat(sentenceOf(
                        reading,
                        e -> e instanceof SimEvent.CancelArrived c
                                && c.deferred().equals("x")))
                .contains("passed on from d")
                .contains("canceller");
    }

    /** When a deferred paused twice is unpaused once, then it is still paused with one pause left. */
    @Test
    void doublePause_afterOneUnpauseTheDeferredIsStillPaused() throws Exception {
        Reading reading = read("pause-twice-unpause-once");
        int unpause = indexOf(reading, e -> e instanceof SimEvent.Unpaused);
        DeferredSnapshot d = reading.deferred("d", Playhead.after(unpause));

        assertThat(d.phase()).isEqualTo(DeferredPhase.PAUSED);
        assertThat(d.pauses()).isEqualTo(1);
        assertThat(d.status()).isEqualTo("paused");
        assertThat(reading.sentence(unpause)).contains("pause count 1").contains("still paused");
    }

    /** When an inner deferred hands its result to the outer one, then it has fired holding None, handed to the outer. */
    @Test
    void innerAfterHandingOn_hasFiredHoldingNone() throws Exception {
        Reading reading = read("inner-deferred-fires-later");
        int taken = indexOf(reading, e -> e instanceof SimEvent.ResultTaken);
        DeferredSnapshot x = reading.deferred("x", Playhead.after(taken));

        assertThat(x.phase()).isEqualTo(DeferredPhase.FIRED);
        assertThat(x.result()).isEqualTo(Value.NONE);
        assertThat(x.status()).isEqualTo("fired: None (handed to d)");
    }

    /** When a generator waits at a yield, then its deferred is pending and its generator is suspended on that deferred. */
    @Test
    void generatorAtAYield_isSuspendedWhileItsDeferredIsPending() throws Exception {
        Reading reading = read("inline-yield-later");
        int suspended = indexOf(reading, e -> e instanceof SimEvent.GeneratorSuspended);
        DeferredSnapshot g = reading.deferred("g", Playhead.after(suspended));

        assertThat(g.phase()).isEqualTo(DeferredPhase.PENDING);
        assertThat(g.generator().phase()).isEqualTo(DeferredSnapshot.GeneratorPhase.SUSPENDED);
        assertThat(g.status()).startsWith("pending: generator waits for ");
    }

    /** When a waiting generator is cancelled, then Twisted's internal deferred is named for what it is, never with a prime. */
    @Test
    void cancelledGenerator_internalDeferredIsNamedForWhatItIs() throws Exception {
        Reading reading = read("inline-cancel-while-waiting");

        assertThat(reading.deferreds()).contains("g's internal wait").noneMatch(name -> name.endsWith("'"));
        assertThat(reading.deferred("g's internal wait", reading.end()).internal())
                .isTrue();
        for (int i = 0; i < reading.size(); i++) {
            assertThat(reading.sentence(i)).doesNotContainPattern("\\bg'(?!s )").doesNotContain("''");
        }
    }

    /** When a DeferredList runs, then the story tells each member's result being recorded and the list firing. */
    @Test
    void list_recordsEachMemberAndFires() throws Exception {
        Reading reading = read("list-all-succeed");
        List<String> sentences =
                IntStream.range(0, reading.size()).mapToObj(reading::sentence).toList();

        assertThat(sentences).anyMatch(s -> s.contains("records the result of its member 0"));
        assertThat(sentences).anyMatch(s -> s.contains("every member of") && s.contains("fires with"));
    }

    /** When a gatherResults member fails, then the story says the list errbacks with FirstError at the first failure. */
    @Test
    void gatherFailure_errbacksWithFirstError() throws Exception {
        Reading reading = read("gather-results-failure");
        String fires = sentenceOf(reading, e -> e instanceof SimEvent.InternalFire);

        assertThat(fires).contains("gatherResults fails at the first failure").contains("FirstError");
    }

    /** When a stage returns a new deferred, then its creation is told as made inside that stage. */
    @Test
    void deferredMadeByAStage_isToldAsMadeInsideIt() throws Exception {
        Reading reading = read("inner-deferred-fires-later");
        String created = sentenceOf(
                reading, e -> e instanceof SimEvent.Created c && c.deferred().equals("x"));

        assertThat(created).contains("Inside d's stage 0, x = Deferred() is created");
    }

    private static Reading read(String corpusName) throws Exception {
        return Reading.of(Simulation.run(ScenarioReader.read(ReadingAgreesWithTraceTest.corpus(corpusName))));
    }

    private static int indexOf(Reading reading, Predicate<SimEvent> test) {
        return IntStream.range(0, reading.size())
                .filter(i -> test.test(reading.event(i)))
                .findFirst()
                .orElseThrow();
    }

    private static String sentenceOf(Reading reading, Predicate<SimEvent> test) {
        return reading.sentence(indexOf(reading, test));
    }
}
