package deferredsim.core.reactor.scenario;

import static deferredsim.core.testing.ReactorRuns.events;
import static deferredsim.core.testing.ReactorRuns.exitTime;
import static deferredsim.core.testing.ReactorRuns.printed;
import static deferredsim.core.testing.ReactorRuns.run;
import static deferredsim.core.testing.ReactorRuns.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.event.ReactorPhase;
import deferredsim.core.recording.Recording;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Part 6's self-checks: get_poetry with callbacks (clients 3.0 and 3.1). */
class CallbackPoetrySelfCheckTest {
    private static final String PROGRAM = ReactorSimulation.PROGRAM;

    // If "returned" is printed after get_poetry(dead port), then it comes before the errback's output, always.
    @Test
    void part6Check1_returnedBeforeTheErrback() {
        assertThat(printed(run("part6-1-returned-first"), PROGRAM))
                .containsExactly("returned", "Poem failed: [Failure instance: ConnectionRefusedError]");
    }

    // If client 3.0 meets a dead port, then nothing is printed and the reactor idles for ever.
    @Test
    void part6Check2_client30DeadPort_noOutputIdlesForever() {
        Recording recording = run("part6-2-dead-port-hangs");

        assertThat(printed(recording, PROGRAM)).isEmpty();
        assertThat(events(recording, ReactorEvents.StateChanged.class))
                .extracting(ReactorEvents.StateChanged::phase)
                .containsExactly(ReactorPhase.RUNNING, ReactorPhase.IDLE_FOREVER);
        assertThat(events(recording, ProcessEvents.Exited.class)).isEmpty();
    }

    // If client 3.1 has one good and one dead server, then one "Poem failed" line, and the stop comes after the good
    // poem.
    @Test
    void part6Check3_oneGoodOneDead_oneFailureStopAfterGoodPoem() {
        Recording recording = run("part6-3-one-good-one-dead");
        List<String> lines = printed(recording, PROGRAM);

        assertThat(lines.stream().filter(line -> line.startsWith("Poem failed")))
                .hasSize(1);
        assertThat(lines)
                .containsExactly(
                        "Poem failed: [Failure instance: ConnectionRefusedError]",
                        "got a poem: <623 bytes>",
                        "all done");
        assertThat(exitTime(recording, PROGRAM)).isEqualTo(seconds("6.3"));
    }

    // If got_poem raises, then the exception climbs through the factory and the protocol to the reactor, which only
    // logs it.
    @Test
    void exceptionInGotPoem_isLoggedByTheReactor() {
        Recording recording = run("part6-exception-in-got-poem");

        ReactorEvents.ErrorLogged logged =
                events(recording, ReactorEvents.ErrorLogged.class).get(0);
        ProcessEvents.Called gotPoem = events(
                        recording, ProcessEvents.Called.class, c -> c.function().equals("got_poem"))
                .get(0);

        assertThat(logged.error()).isEqualTo("Exception: Byronification failed");
        assertThat(gotPoem.stack())
                .containsSubsequence(
                        "reactor.run",
                        "PoetryProtocol.connectionLost",
                        "PoetryProtocol.poemReceived",
                        "PoetryClientFactory.poem_finished");
        assertThat(exitTime(recording, PROGRAM)).isEqualTo(seconds("5"));
    }
}
