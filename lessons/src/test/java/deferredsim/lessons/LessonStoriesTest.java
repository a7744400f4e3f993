package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.DeferredPhase;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.FiredBy;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.CancelEffect;
import deferredsim.lessons.text.TerminalText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the bundled lessons tell a learner who answers wrong: the event they step to, told with the
 * Reading's sentence for it, and the stories the lessons used to get wrong (a swallowed late fire,
 * a second pause, Twisted's internal deferreds, what lists do, where {@code connectionLost} runs).
 */
class LessonStoriesTest {
    private static LessonCatalog catalog;

    @BeforeAll
    static void load() throws LessonFormatException {
        catalog = LessonCatalog.load();
    }

    // When any exercise is answered with each wrong choice or anticipated wrong answer, then the verdict quotes the
    // Reading's sentence for the event it steps to, and the playhead to show is just after that event.
    @TestFactory
    Stream<DynamicTest> everyWrongAnswer_isToldWithTheSentenceOfTheEventItStepsTo() {
        return catalog.lessons().stream()
                .flatMap(lesson -> lesson.exercises().stream())
                .filter(exercise -> exercise.kind() != ExerciseKind.BUILD)
                .map(exercise -> DynamicTest.dynamicTest(exercise.key(), () -> {
                    for (String wrong : wrongAnswers(exercise)) {
                        Verdict verdict = exercise.check(wrong);
                        assertThat(verdict.status()).as(wrong).isEqualTo(Verdict.Status.INCORRECT);
                        int at = verdict.divergence().getAsInt();
                        assertThat(rendered(verdict))
                                .as(wrong)
                                .contains(verdict.reading().sentence(at));
                        assertThat(verdict.where()).as(wrong).contains(Playhead.after(at));
                        assertThat(verdict.reading())
                                .isSameAs(exercise.scenario().reading());
                    }
                }));
    }

    // If the cancelled deferred's producer fires it at t=2 and the learner thinks that raises AlreadyCalledError, then
    // the verdict steps to the swallowed fire and gives the reason: a cancel without a canceller, not merely "it
    // already has a result".
    @Test
    void swallowedOnce_answeredTwo_tellsTheLateFireIsSwallowedBecauseOfTheCancel() {
        Verdict verdict = exercise("19/swallowed-once").check("2");
        Reading reading = verdict.reading();
        int at = verdict.divergence().getAsInt();
        DeferredSnapshot firedAfter = reading.deferred("fired-after", Playhead.after(at));

        assertThat(reading.time(at).toString()).isEqualTo("2");
        assertThat(firedAfter.cancellation().effect()).isEqualTo(CancelEffect.NO_CANCELLER);
        assertThat(firedAfter.firing().by()).isEqualTo(FiredBy.CANCEL);
        assertThat(firedAfter.lateFires())
                .singleElement()
                .satisfies(late -> assertThat(late.swallowed()).isTrue());
        assertThat(reading.sentence(at)).contains("without a canceller").contains("swallow");
        assertThat(rendered(verdict)).contains(reading.sentence(at));
    }

    // If the learner says the second late fire is never refused, then the verdict steps to that fire and tells that it
    // raises AlreadyCalledError.
    @Test
    void swallowedOnce_answeredNever_tellsTheSecondLateFireRaises() {
        Verdict verdict = exercise("19/swallowed-once").check("never");
        Reading reading = verdict.reading();
        int at = verdict.divergence().getAsInt();

        assertThat(reading.deferred("fired-after", Playhead.after(at)).lateFires())
                .extracting(DeferredSnapshot.LateFire::swallowed)
                .containsExactly(true, false);
        assertThat(reading.sentence(at)).contains("AlreadyCalledError");
        assertThat(rendered(verdict)).contains(reading.sentence(at));
    }

    // If the learner thinks f runs at the first of two unpause() calls, then the verdict steps to that unpause, where
    // the deferred is still paused with a pause count of 1.
    @Test
    void twoUnpauses_answeredOne_tellsTheDeferredIsStillPaused() {
        Verdict verdict = exercise("14/two-unpauses").check("1");
        Reading reading = verdict.reading();
        int at = verdict.divergence().getAsInt();
        DeferredSnapshot d = reading.deferred("d", Playhead.after(at));

        assertThat(reading.beats("d"))
                .filteredOn(beat -> beat.index() == at)
                .singleElement()
                .isInstanceOf(Beat.Unpaused.class);
        assertThat(d.phase()).isEqualTo(DeferredPhase.PAUSED);
        assertThat(d.pauses()).isEqualTo(1);
        assertThat(reading.sentence(at)).contains("pause count 1").contains("still paused");
        assertThat(verdict.explanation()).contains("At t=1 it has not happened yet: `d` is paused.");
        assertThat(rendered(verdict)).contains(reading.sentence(at)).doesNotContain("running");
    }

    // When the right time is given, then the verdict tells the second unpause as what let f run.
    @Test
    void twoUnpauses_answeredRight_tellsTheSecondUnpauseLetItRun() {
        Verdict verdict = exercise("14/two-unpauses").check("2");
        Reading reading = verdict.reading();
        Beat.Unpaused last = reading.beats("d").stream()
                .filter(Beat.Unpaused.class::isInstance)
                .map(Beat.Unpaused.class::cast)
                .reduce((first, second) -> second)
                .orElseThrow();

        assertThat(verdict.isCorrect()).isTrue();
        assertThat(last.pauses()).isZero();
        assertThat(rendered(verdict)).contains("What let it run then:").contains(reading.sentence(last.index()));
    }

    // When a cancelled inlineCallbacks deferred's result is answered wrong, then Twisted's internal deferred is named
    // for what it is, never as a primed name, and the generator's story is told.
    @Test
    void generatorSurvives_wrongAnswers_nameTheInternalDeferredForWhatItIs() {
        Exercise exercise = exercise("19/generator-survives");
        for (String wrong : List.of("CancelledError*", "POEM")) {
            String told = rendered(exercise.check(wrong));

            assertThat(told)
                    .as(wrong)
                    .contains("fetcher's internal wait")
                    .doesNotContainPattern("fetcher'(?!s )")
                    .doesNotContain("''")
                    .contains("CancelledError* is raised at the yield and caught there");
        }
    }

    // When an exercise's run has internal deferreds, then no wrong verdict names one with a prime after its owner.
    @Test
    void internalDeferreds_neverAppearPrimed() {
        for (Lesson lesson : catalog.lessons()) {
            for (Exercise exercise : lesson.exercises()) {
                Reading reading = exercise.scenario().reading();
                for (String name : reading.deferreds()) {
                    DeferredSnapshot last = reading.deferred(name, reading.end());
                    if (!last.internal()) {
                        continue;
                    }
                    Pattern primed = Pattern.compile(Pattern.quote(last.createdBy()) + "'(?!s )");
                    for (String wrong : wrongAnswers(exercise)) {
                        assertThat(rendered(exercise.check(wrong)))
                                .as(exercise.key() + " " + wrong)
                                .doesNotContainPattern(primed);
                    }
                }
            }
        }
    }

    // When a DeferredList's result is answered in firing order, then the verdict tells the list firing with its
    // results in member order, and each result it recorded, in the order they came.
    @Test
    void listInputOrder_wrongAnswer_tellsWhatTheListRecordedAndHowItFired() {
        Verdict verdict = exercise("18/input-order").check("1");
        Reading reading = verdict.reading();
        List<Integer> recorded = reading.beats("two").stream()
                .filter(Beat.Recorded.class::isInstance)
                .map(Beat::index)
                .toList();
        int at = verdict.divergence().getAsInt();

        assertThat(reading.deferred("two", Playhead.after(at)).firing().by()).isEqualTo(FiredBy.LIST_COMPLETE);
        assertThat(reading.sentence(at)).contains("two fires with");
        assertThat(recorded).hasSize(2);
        assertThat(reading.sentence(recorded.get(0))).contains("two records the result of its member 1");
        assertThat(rendered(verdict))
                .contains(reading.sentence(at))
                .contains(reading.sentence(recorded.get(0)))
                .contains(reading.sentence(recorded.get(1)));
    }

    // If the learner thinks gatherResults fails only when every member is done, then the verdict tells the gather
    // errbacking with FirstError at the first failure as what let its errback run.
    @Test
    void gatherFailsEarly_answeredLate_tellsItErrbacksWithFirstError() {
        Verdict verdict = exercise("18/gather-fails-early").check("3");
        Reading reading = verdict.reading();
        int fired = reading.deferred("gathered", reading.end()).firing().index();

        assertThat(reading.deferred("gathered", reading.end()).firing().by()).isEqualTo(FiredBy.LIST_FIRST_FAILURE);
        assertThat(reading.sentence(fired))
                .contains("gatherResults fails at the first failure")
                .contains("FirstError");
        assertThat(rendered(verdict)).contains(reading.sentence(fired));
    }

    // When lessons 6 and 8 tell how a poem reaches got_poem, then they never put connectionLost under doRead: in
    // Twisted the reactor calls the transport's connectionLost after doRead has returned.
    @Test
    void connectionLost_isNeverToldAsCalledFromDoRead() {
        List<Pattern> wrong = List.of(
                Pattern.compile("`doRead`,? which calls the protocol's\\s+`connectionLost`"),
                Pattern.compile("`doRead`[^.;]*\\bcalls\\b[^.;]*`connectionLost`"),
                Pattern.compile("`doRead`, the protocol's\\s+`connectionLost`"),
                Pattern.compile("`connectionLost`\\s+and the transport's\\s+`doRead`"));
        for (int number : List.of(6, 8)) {
            Lesson lesson = catalog.lesson(number).orElseThrow();
            List<String> texts = new ArrayList<>(List.of(lesson.markdown()));
            lesson.exercises().forEach(e -> {
                texts.add(e.prompt());
                texts.add(e.explanation());
                texts.addAll(e.hints());
            });
            lesson.checkpoints().forEach(c -> texts.add(c.answer()));
            for (String text : texts) {
                for (Pattern pattern : wrong) {
                    assertThat(text).as(lesson.slug()).doesNotContainPattern(pattern);
                }
            }
        }
        assertThat(catalog.lesson(6).orElseThrow().markdown())
                .containsPattern("`doRead` finds nothing more to read and returns");
    }

    private static Exercise exercise(String key) {
        return catalog.exercise(key).orElseThrow();
    }

    /** The wrong choices, and wrong answers of the exercise's kind made from the stored one. */
    private static Set<String> wrongAnswers(Exercise exercise) {
        Set<String> candidates = new LinkedHashSet<>(exercise.choices());
        String stored = exercise.storedAnswer();
        switch (exercise.kind()) {
            case LANE -> candidates.addAll(List.of("callback", "errback", "none"));
            case TIME, DURATION -> candidates.addAll(List.of("0", "0.5", "never", "1000"));
            case UNHANDLED, HAPPENS -> candidates.addAll(List.of("yes", "no"));
            case RESULT -> candidates.addAll(List.of("pending", "None", "zebra*"));
            case COUNT -> candidates.addAll(List.of("0", Integer.toString(Integer.parseInt(stored) + 1)));
            case ORDER -> candidates.add(String.join(", ", reversed(List.of(stored.split("\\s*,\\s*")))));
            default -> {}
        }
        Set<String> wrong = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (exercise.check(candidate).status() == Verdict.Status.INCORRECT) {
                wrong.add(candidate);
            }
        }
        return wrong;
    }

    private static List<String> reversed(List<String> names) {
        List<String> out = new ArrayList<>(names);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The verdict's explanation as the terminal prints it, without wrapping. */
    private static String rendered(Verdict verdict) {
        return String.join("\n", TerminalText.render(verdict.explanation(), 100_000));
    }
}
