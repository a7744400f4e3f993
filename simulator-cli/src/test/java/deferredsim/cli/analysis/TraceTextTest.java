package deferredsim.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.TraceCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTextTest {
    // When an inner deferred fires later, then the text says the outer one waits on it and takes its result.
    @Test
    void lines_tellAnInnerDeferredThatFiresLater() throws Exception {
        assertThat(TraceText.lines(corpus("inner-deferred-fires-later")))
                .containsExactly(
                        "t=0  d is created (a plain Deferred)",
                        "t=0  d fires: callback('start')",
                        "t=0  d stage 0 callback: 'start' -> <x> (d now waits on x)",
                        "t=0  x is created for d (a plain Deferred)",
                        "t=2  x fires: callback('inner')",
                        "t=2  x hands its result 'inner' to d, which goes on; x now holds None",
                        "t=2  d stage 1 callback: 'inner' -> 'after'",
                        "t=2  end: d has fired; its result is 'after'",
                        "t=2  end: x has fired; its result is None");
    }

    // When the inner deferred has its result already, then the outer one takes it at once and no wait is told.
    @Test
    void lines_tellAnInnerDeferredThatHadFiredAlready() throws Exception {
        List<String> lines = TraceText.lines(corpus("inner-deferred-already-fired"));

        assertThat(lines)
                .contains(
                        "t=0  d stage 0 callback: 'start' -> <x>",
                        "t=0  d takes 'changed' from x at once (it had its result already) and goes on; x now holds"
                                + " None");
        assertThat(lines).noneMatch(line -> line.contains("waits"));
    }

    // When a list fails on one errback, then its own result is told and the unhandled failures are flagged at the end.
    @Test
    void lines_tellListResultsAndFlagUnhandledFailures() throws Exception {
        List<String> lines = TraceText.lines(corpus("list-fire-on-one-errback"));

        assertThat(lines)
                .contains(
                        "t=2  b fires: errback(two*)",
                        "t=2  L's chain has run; its result is now FirstError(two*, 1)*",
                        "t=3  end: b has fired; its result is two* (unhandled: Twisted would log \"Unhandled error in"
                                + " Deferred\")");
    }

    // When a deferred is fired twice, then the second fire is told with the AlreadyCalledError it raises.
    @Test
    void lines_tellAlreadyCalledError() throws Exception {
        assertThat(TraceText.lines(corpus("fire-twice-already-called")))
                .contains(
                        "t=2  d fires: errback(second*)",
                        "t=2  d has fired already: the caller gets AlreadyCalledError");
    }

    // When times have decimals, then the time column is as wide as the longest time.
    @Test
    void lines_alignTimesInAColumn() throws Exception {
        assertThat(TraceText.lines(corpus("fractional-times")))
                .startsWith("t=0    d is created (a plain Deferred)", "t=0.5  d fires: callback('go')");
    }

    // When a generator is cancelled while it waits, then the raise at its yield is told.
    @Test
    void lines_tellAGeneratorResumingWithAFailure() throws Exception {
        assertThat(TraceText.lines(corpus("inline-cancel-while-waiting")))
                .contains("t=2  g.cancel() is called", "t=2  g: the yield of step 0 raises CancelledError*");
    }

    // For every corpus scenario, each trace event gets exactly one sentence: one per fire, stage, resume, cancel, pause
    // and result.
    @Test
    void lines_tellEveryTraceEventOfTheCorpus() throws Exception {
        for (Path file : TraceCorpus.scenarios()) {
            Recording recording = Simulation.run(ScenarioReader.read(Files.readString(file, StandardCharsets.UTF_8)));
            List<String> lines = TraceText.lines(recording);
            long stages = lines.stream()
                    .filter(line -> line.matches("t=\\S+ +\\S+ stage \\d+ .*"))
                    .count();
            long results = lines.stream()
                    .filter(line -> line.matches("t=\\S+ +end: .*"))
                    .count();

            assertThat(stages).as(file.toString()).isEqualTo(count(recording, SimEvent.StageRan.class));
            assertThat(results)
                    .as(file.toString())
                    .isEqualTo(recording.outcomes().size());
        }
    }

    private static long count(Recording recording, Class<?> kind) {
        return recording.events().stream().filter(kind::isInstance).count();
    }

    private static Recording corpus(String name) throws Exception {
        Path file = TraceCorpus.directory().resolve(name + ".json");
        return Simulation.run(ScenarioReader.read(Files.readString(file, StandardCharsets.UTF_8)));
    }
}
