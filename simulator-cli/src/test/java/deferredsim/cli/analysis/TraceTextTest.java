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
                .contains(
                        "t=0  d.callback('start') is called; d's chain starts at stage 0 on the callback side.",
                        "t=0  x has no result yet, so d's chain stops before stage 1 and waits for x.",
                        "t=2  x has its result 'inner' now: d, which was waiting for it, takes it and goes on at stage"
                                + " 1; x is left holding None.",
                        "end  x has fired; its result is None (it handed its result to d).");
    }

    // When the inner deferred has its result already, then the outer one takes it at once and no wait is told.
    @Test
    void lines_tellAnInnerDeferredThatHadFiredAlready() throws Exception {
        List<String> lines = TraceText.lines(corpus("inner-deferred-already-fired"));

        assertThat(lines).anyMatch(line -> line.contains("x already has its result 'changed', so d takes it at once"));
        assertThat(lines).noneMatch(line -> line.contains("waits for x"));
    }

    // When a list fails on one errback, then its own firing is told and the unhandled failures are flagged at the end.
    @Test
    void lines_tellListResultsAndFlagUnhandledFailures() throws Exception {
        List<String> lines = TraceText.lines(corpus("list-fire-on-one-errback"));

        assertThat(lines)
                .anyMatch(line -> line.contains("L records the result of its member 1, b: two*"))
                .anyMatch(line -> line.contains("L has fireOnOneErrback and a member failed, so it errbacks at once"
                        + " with FirstError(two*, 1)*"))
                .anyMatch(line -> line.startsWith("end")
                        && line.contains("b has fired; its result is two*")
                        && line.contains("Unhandled error in Deferred"));
    }

    // When a deferred is fired twice, then the second fire is told with the AlreadyCalledError it raises.
    @Test
    void lines_tellAlreadyCalledError() throws Exception {
        assertThat(TraceText.lines(corpus("fire-twice-already-called")))
                .anyMatch(
                        line -> line.contains("d.errback(Exception('second')) is called, but d already has its result")
                                && line.contains("raises AlreadyCalledError"));
    }

    // When times have decimals, then the time column is as wide as the longest time.
    @Test
    void lines_alignTimesInAColumn() throws Exception {
        assertThat(TraceText.lines(corpus("fractional-times")).get(0)).startsWith("t=0    ");
        assertThat(TraceText.lines(corpus("fractional-times"))).anyMatch(line -> line.startsWith("t=0.5  "));
    }

    // When a generator is cancelled while it waits, then the raise at its yield is told.
    @Test
    void lines_tellAGeneratorResumingWithAFailure() throws Exception {
        assertThat(TraceText.lines(corpus("inline-cancel-while-waiting")))
                .anyMatch(line -> line.contains("g.cancel() is called."))
                .anyMatch(line -> line.contains("CancelledError* is raised at the yield and caught there"));
    }

    // For every corpus scenario, each event but the clock's own bookkeeping gets exactly one sentence, and every
    // stage and result line of the trace is among them.
    @Test
    void lines_tellEveryTraceEventOfTheCorpus() throws Exception {
        for (Path file : TraceCorpus.scenarios()) {
            Recording recording = Simulation.run(ScenarioReader.read(Files.readString(file, StandardCharsets.UTF_8)));
            List<String> lines = TraceText.lines(recording);
            long clock = count(recording, SimEvent.DelayedCallScheduled.class)
                    + count(recording, SimEvent.DelayedCallRan.class)
                    + count(recording, SimEvent.DelayedCallCancelled.class);
            long stages = lines.stream()
                    .filter(line -> line.matches("t=\\S+ +\\S+'s stage \\d+ .*"))
                    .count();
            long results =
                    lines.stream().filter(line -> line.startsWith("end ")).count();

            assertThat(lines).as(file.toString()).hasSize((int) (recording.size() - clock));
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
