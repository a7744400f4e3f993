package deferredsim.cli.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import deferredsim.core.reading.Playhead;
import deferredsim.core.recording.SimEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StepperTest {
    static Stream<Runs.Run> runs() {
        return Runs.corpus();
    }

    // When the stepper goes one event forward and one back from any position of a corpus scenario, then the frame is
    // the frame from before.
    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void nextThenBack_anyPosition_givesTheFrameFromBefore(Runs.Run run) {
        Stepper stepper = run.stepper();
        while (true) {
            List<StyledLine> before = stepper.frame(100, 40);
            List<StyledLine> whole = stepper.frame(100);
            String sentence = stepper.sentence();
            if (!stepper.next()) {
                break;
            }
            stepper.frame(100, 40);
            stepper.back();
            assertThat(stepper.frame(100, 40))
                    .as("playhead %d", stepper.playhead().position())
                    .isEqualTo(before);
            assertThat(stepper.frame(100)).isEqualTo(whole);
            assertThat(stepper.sentence()).isEqualTo(sentence);
            stepper.next();
        }
    }

    // When x fires and d was waiting on it, then the frame at that event equals the golden frame, and its sentence
    // tells the resumption.
    @Test
    void frame_innerFires_matchesGoldenAndTellsTheResume() {
        Runs.Run run = Runs.corpus("inner-deferred-fires-later");
        Stepper stepper = run.stepper();
        stepper.seek(afterFirst(run, e -> e instanceof SimEvent.ResultTaken));

        assertThat(stepper.sentence())
                .isEqualTo("t=2: x has its result 'inner' now: d, which was waiting for it, takes it and goes on at"
                        + " stage 1; x is left holding None.");
        Runs.assertGolden(Runs.texts(stepper.frame(80, 40)), "inner-deferred-fires-later.taken.w80h40.txt");
    }

    // When the position is a stage that ran, then that stage's box is drawn with = borders and the => marker, and the
    // value it returned is active too.
    @Test
    void frame_atStageRan_highlightsTheStageAndTheValueInFlight() {
        Runs.Run run = Runs.corpus("inner-deferred-fires-later");
        Stepper stepper = run.stepper();
        stepper.seek(afterFirst(
                run, e -> e instanceof SimEvent.StageRan s && s.deferred().equals("d") && s.stage() == 1));

        List<StyledLine> frame = stepper.frame(80, 30);

        Runs.assertGolden(Runs.texts(frame), "inner-deferred-fires-later.stage1.w80h30.txt");
        StyledLine box = frame.stream()
                .filter(line -> line.text().startsWith("=> 1 |"))
                .findFirst()
                .orElseThrow();
        assertThat(box.styleAt(box.text().indexOf("> return after"))).contains(Style.ACTIVE);
        StyledLine value = frame.stream()
                .filter(line -> line.text().matches("=> +\\|  after"))
                .findFirst()
                .orElseThrow();
        assertThat(value.styleAt(value.text().indexOf("after"))).contains(Style.ACTIVE);
        assertThat(frame).anySatisfy(line -> assertThat(line.text()).contains("+================+============+"));
    }

    // When the position is before later events, then the frame shows only what has happened: no later value, no later
    // firing.
    @Test
    void frame_whileWaiting_showsOnlyWhatHasHappened() {
        Runs.Run run = Runs.corpus("inner-deferred-fires-later");
        Stepper stepper = run.stepper();
        stepper.seek(afterFirst(run, e -> e instanceof SimEvent.WaitingOn));

        List<String> diagram = diagramRows(stepper.frame(100));
        stepper.last();
        List<String> end = diagramRows(stepper.frame(100));

        assertThat(String.join("\n", diagram))
                .contains("waiting for x")
                .doesNotContain("x.callback('inner')", "fired: after", "> return after");
        assertThat(String.join("\n", end)).contains("x.callback('inner')", "fired: after", "> return after");
    }

    // When the stepper is at the start, then nothing is drawn yet and the sentence says so.
    @Test
    void first_beforeAnything_drawsNoLaneAndSaysNothingHappened() {
        Stepper stepper = Runs.corpus("inner-deferred-fires-later").stepper();
        stepper.last();
        stepper.first();

        assertThat(stepper.playhead()).isEqualTo(Playhead.START);
        assertThat(stepper.sentence())
                .isEqualTo("Before anything happens: the clock is at t=0 and no deferred exists yet.");
        assertThat(Runs.texts(stepper.frame(80)))
                .noneMatch(line -> line.contains("Deferred()") && !line.contains("create"));
    }

    // When the stepper is at either end, then moving past it returns false and keeps the position.
    @Test
    void nextAndBack_atTheEnds_returnFalseAndStay() {
        Stepper stepper = Runs.corpus("chain-callback-basic").stepper();

        assertThat(stepper.back()).isFalse();
        assertThat(stepper.playhead()).isEqualTo(Playhead.START);
        stepper.last();
        assertThat(stepper.playhead().position()).isEqualTo(stepper.size());
        assertThat(stepper.next()).isFalse();
        assertThat(stepper.sentence()).startsWith("End (");
    }

    // If the stepper is asked to seek beyond the end, then it goes to the end.
    @Test
    void seek_beyondTheEnd_stopsAtTheEnd() {
        Stepper stepper = Runs.corpus("chain-callback-basic").stepper();

        stepper.seek(new Playhead(stepper.size() + 5));

        assertThat(stepper.playhead().position()).isEqualTo(stepper.size());
    }

    // When a frame has a height limit, then it has at most that many lines, with the rows around the active element and
    // a note of rows left out.
    @Test
    void frame_heightLimit_keepsToItAroundTheActiveRow() {
        Runs.Run run = Runs.corpus("inline-yields-list-and-inline");
        Stepper stepper = run.stepper();
        stepper.last();
        stepper.back();

        List<String> frame = Runs.texts(stepper.frame(200, 24));

        assertThat(frame).hasSizeLessThanOrEqualTo(24);
        assertThat(frame).anySatisfy(line -> assertThat(line).matches("  \\^ \\d+ rows? above"));
        assertThat(frame).anySatisfy(line -> assertThat(line).startsWith("=>"));
    }

    // When frames of every corpus scenario are asked for in 16 lines of 80 columns, then none is taller at any
    // position.
    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void frame_sixteenLines_neverTaller(Runs.Run run) {
        Stepper stepper = run.stepper();
        do {
            assertThat(stepper.frame(80, 16))
                    .as("playhead %d", stepper.playhead().position())
                    .hasSizeLessThanOrEqualTo(16);
        } while (stepper.next());
    }

    // When the diagram is wider than the frame, then the columns around the active element are shown, cut edges are
    // marked and the status line says which columns.
    @Test
    void frame_diagramWiderThanFrame_cropsAroundTheActiveColumn() {
        String value = "v".repeat(90);
        Runs.Run run = Runs.json(
                "long",
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
                        + " \"chain\": [[\"return " + value + "\", \"passthru\"], [\"passthru\", \"passthru\"]],"
                        + " \"fire\": {\"method\": \"callback\", \"value\": \"go\", \"after\": 0}}]}");
        Stepper stepper = run.stepper();
        stepper.last();

        List<String> frame = Runs.texts(stepper.frame(60, 40));

        assertThat(frame.get(0)).matches("event \\d+ of \\d+   t=0   \\(columns \\d+-\\d+ of \\d+\\)");
        List<String> diagram = frame.subList(1, frame.indexOf(""));
        assertThat(diagram).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(diagram).anySatisfy(line -> assertThat(line).endsWith(">"));
    }

    // When a 100,000-event recording is stepped back a thousand times with a frame each time, then every frame fits the
    // height (how fast: ViewsBenchmark in the benchmarks module).
    @Test
    void back_hundredThousandEventRecording_framesFitTheHeight() {
        Runs.Run run = Runs.mixedChain(100_000);
        Stepper stepper = run.stepper();
        stepper.last();
        stepper.frame(120, 40);

        for (int i = 0; i < 1000; i++) {
            stepper.back();
            assertThat(stepper.frame(120, 40)).hasSizeLessThanOrEqualTo(40);
        }
        assertThat(run.recording().size()).isGreaterThanOrEqualTo(100_000);
    }

    /** The playhead just after the first event of {@code run} that {@code test} accepts. */
    private static Playhead afterFirst(Runs.Run run, java.util.function.Predicate<SimEvent> test) {
        for (int i = 0; i < run.recording().size(); i++) {
            if (test.test(run.recording().get(i))) {
                return Playhead.after(i);
            }
        }
        throw new AssertionError("no such event in " + run.name());
    }

    /** The diagram rows of a frame without a height limit: between the status line and the first blank line. */
    private static List<String> diagramRows(List<StyledLine> frame) {
        List<String> texts = Runs.texts(frame);
        return texts.subList(1, texts.indexOf(""));
    }
}
