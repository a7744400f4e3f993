package deferredsim.core.reactor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.testing.ReactorRuns;
import deferredsim.core.trace.TraceWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trace of reactor scenarios: JSON Lines in the contract's style, deterministic, one clock. */
class ReactorTraceTest {
    // If a scenario runs twice, then both traces are identical: nothing depends on threads or the wall clock.
    @Test
    void run_isDeterministic() {
        for (String name : ReactorRuns.names()) {
            assertThat(TraceWriter.write(ReactorRuns.run(name)))
                    .as(name)
                    .isEqualTo(TraceWriter.write(ReactorRuns.run(name)));
        }
    }

    // If any example runs, then its events come in time order: one recording on one clock.
    @Test
    void run_recordsEventsInTimeOrder() {
        for (String name : ReactorRuns.names()) {
            List<SimEvent> events = ReactorRuns.run(name).events();
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).time())
                        .as(name + " event " + i)
                        .isGreaterThanOrEqualTo(events.get(i - 1).time());
            }
        }
    }

    // If defer-9 runs, then reactor lines and Deferred lines interleave in one trace, in the contract's style.
    @Test
    void trace_interleavesReactorAndDeferredLines() {
        Recording recording = ReactorRuns.run("part7-2-defer-9-errback");

        assertThat(TraceWriter.lines(recording))
                .containsExactly(
                        "{\"t\":0,\"who\":\"program\",\"event\":\"callWhenRunning\",\"call\":\"d.errback x\"}",
                        "{\"t\":0,\"who\":\"program\",\"event\":\"reactor\",\"state\":\"running\"}",
                        "{\"t\":0,\"who\":\"program\",\"event\":\"call\",\"function\":\"d.errback\",\"args\":[\"x\"],\"stack\":[\"<module>\",\"reactor.run\",\"startup\"]}",
                        "{\"t\":0,\"d\":\"d\",\"event\":\"fire\",\"method\":\"errback\",\"value\":\"x\"}",
                        "{\"t\":0,\"who\":\"program\",\"event\":\"call\",\"function\":\"poem_failed\",\"args\":[\"[Failure"
                            + " instance: x]\"],"
                            + "\"stack\":[\"<module>\",\"reactor.run\",\"startup\",\"d.errback\",\"d.errback\",\"_runCallbacks\"]}",
                        "{\"t\":0,\"who\":\"program\",\"event\":\"print\",\"text\":\"poem download"
                                + " failed\",\"stream\":\"stderr\"}",
                        "{\"t\":0,\"who\":\"program\",\"event\":\"print\",\"text\":\"I am terribly"
                                + " sorry\",\"stream\":\"stderr\"}",
                        "{\"t\":0,\"who\":\"program\",\"event\":\"print\",\"text\":\"try again"
                                + " later?\",\"stream\":\"stderr\"}",
                        "{\"t\":0,\"d\":\"d\",\"event\":\"run\",\"stage\":0,\"side\":\"errback\",\"in\":\"x*\",\"out\":\"None\"}",
                        "{\"t\":0,\"who\":\"program\",\"event\":\"call\",\"function\":\"poem_done\",\"args\":[\"None\"],"
                            + "\"stack\":[\"<module>\",\"reactor.run\",\"startup\",\"d.errback\",\"d.errback\",\"_runCallbacks\"]}",
                        "{\"t\":0,\"who\":\"program\",\"event\":\"reactor\",\"state\":\"stopping\"}",
                        "{\"t\":0,\"d\":\"d\",\"event\":\"run\",\"stage\":1,\"side\":\"callback\",\"in\":\"None\",\"out\":\"None\"}",
                        "{\"t\":0,\"who\":\"program\",\"event\":\"reactor\",\"state\":\"stopped\"}",
                        "{\"t\":0,\"who\":\"program\",\"event\":\"exit\"}",
                        "{\"t\":0,\"d\":\"d\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"None\",\"unhandled\":false}");
    }

    // If the broken client blocks in recv while the program sleeps in a callback, then both block at once and each
    // goes on at its own time.
    @Test
    void brokenClientAndSleepingProgram_blockAtTheSameTime() throws Exception {
        Recording recording = ReactorSimulation.run(ReactorScenarioReader.read("{\"format\": \"reactor-scenario/1\","
                + " \"servers\": [{\"port\": 10000, \"bytes\": 100, \"chunk\": 30, \"delay\": 1}],"
                + " \"twistedClient\": {\"version\": \"broken\", \"ports\": [10000]},"
                + " \"program\": {\"main\": [\"reactor.callLater 3 nap\", \"reactor.callLater 10 reactor.stop\","
                + " \"reactor.run\"], \"functions\": {\"nap\": [\"time.sleep 2\", \"print awake\"]}}}"));

        assertThat(TraceWriter.lines(recording).stream()
                        .filter(line -> line.contains("\"block\"")
                                || line.contains("\"unblock\"")
                                || line.contains("\"print\""))
                        .map(line -> line.replaceAll(",\"what\":\"[^\"]*\"", "")))
                .containsExactly(
                        "{\"t\":0,\"who\":\"client broken\",\"event\":\"block\",\"until\":null}",
                        "{\"t\":3,\"who\":\"program\",\"event\":\"block\",\"until\":5}",
                        "{\"t\":4,\"who\":\"client broken\",\"event\":\"unblock\"}",
                        "{\"t\":4,\"who\":\"client broken\",\"event\":\"print\",\"text\":\"Task 1: got 100 bytes"
                                + " of poetry from 127.0.0.1:10000\"}",
                        "{\"t\":4,\"who\":\"client broken\",\"event\":\"print\",\"text\":\"Task 1: 100 characters"
                                + " of poetry\"}",
                        "{\"t\":4,\"who\":\"client broken\",\"event\":\"print\",\"text\":\"Got 1 poems in"
                                + " 0:00:04\"}",
                        "{\"t\":5,\"who\":\"program\",\"event\":\"print\",\"text\":\"awake\"}");
    }
}
