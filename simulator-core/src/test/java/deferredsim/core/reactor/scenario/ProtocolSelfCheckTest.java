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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Part 5's self-checks: protocols, factories, connections that fail, chunks that merge and split. */
class ProtocolSelfCheckTest {
    private static final String CLIENT = "client 2.0";

    // If one connection succeeds, then the calls are buildProtocol, makeConnection, connectionMade, dataReceived x k,
    // connectionLost.
    @Test
    void part5Check1_oneGoodConnection_callsInTwistedsOrder() {
        List<String> calls = protocolCalls(run("part5-1-one-connection"));

        assertThat(calls)
                .containsExactly(
                        "PoetryClientFactory.startedConnecting",
                        "PoetryClientFactory.buildProtocol",
                        "PoetryProtocol.makeConnection",
                        "PoetryProtocol.connectionMade",
                        "PoetryProtocol.dataReceived",
                        "PoetryProtocol.dataReceived",
                        "PoetryProtocol.dataReceived",
                        "PoetryProtocol.connectionLost",
                        "PoetryClientFactory.clientConnectionLost");
    }

    // If one of three addresses is dead, then 2 protocols are built, 1 clientConnectionFailed, and the stop follows the
    // slowest poem.
    @Test
    void part5Check2_oneDeadAddress_twoProtocolsOneFailureStopAfterSlowest() {
        Recording recording = run("part5-2-one-dead-address");
        List<String> calls = protocolCalls(recording);

        assertThat(calls.stream().filter(c -> c.endsWith("buildProtocol"))).hasSize(2);
        assertThat(calls.stream().filter(c -> c.endsWith("clientConnectionFailed")))
                .hasSize(1);
        assertThat(events(recording, ReactorEvents.StateChanged.class, s -> s.phase() == ReactorPhase.STOPPING)
                        .get(0)
                        .time())
                .isEqualTo(seconds("10.1"));
        assertThat(printed(recording, CLIENT))
                .contains("Failed to connect to: IPv4Address(type='TCP', host='127.0.0.1', port=10004)");
    }

    // If a refused connection is reported, then clientConnectionFailed runs in a reactor iteration, after connectTCP
    // returned.
    @Test
    void part5Check2_refusedConnection_reachesTheFactoryLater() {
        ProcessEvents.Called failed = events(
                        run("part5-2-one-dead-address"),
                        ProcessEvents.Called.class,
                        c -> c.function().endsWith("clientConnectionFailed"))
                .get(0);

        assertThat(failed.stack()).containsExactly("<module>", "reactor.run", "runUntilCurrent");
    }

    // If the server sends "abc" and "def" at once, then dataReceived is called once with "abcdef", and the poem is the
    // same.
    @Test
    void part5Check3_mergedChunks_oneDataReceived() {
        Recording recording = run("part5-3-merged-chunks");

        assertThat(dataReceived(recording)).containsExactly("abcdef");
        assertThat(printed(recording, CLIENT)).contains("Task 1: 6 characters of poetry");
        assertThat(poemReceived(recording)).isEqualTo("abcdef");
    }

    // If each read takes at most 2 bytes, then the 3-byte chunks arrive split, and the poem is still the same.
    @Test
    void splitChunks_moreDataReceivedSamePoem() {
        Recording recording = run("part5-split-chunks");

        assertThat(dataReceived(recording)).containsExactly("ab", "c", "de", "f");
        assertThat(poemReceived(recording)).isEqualTo("abcdef");
        assertThat(exitTime(recording, CLIENT)).isEqualTo(seconds("2"));
    }

    private static List<String> protocolCalls(Recording recording) {
        return events(
                        recording,
                        ProcessEvents.Called.class,
                        c -> c.who().equals(CLIENT)
                                && (c.function().startsWith("PoetryProtocol.")
                                        || c.function().startsWith("PoetryClientFactory."))
                                && !c.function().endsWith("poemReceived")
                                && !c.function().endsWith("poem_finished"))
                .stream()
                .map(ProcessEvents.Called::function)
                .collect(Collectors.toList());
    }

    private static List<String> dataReceived(Recording recording) {
        return events(recording, ProcessEvents.Called.class, c -> c.function().equals("PoetryProtocol.dataReceived"))
                .stream()
                .map(c -> c.args().get(0))
                .collect(Collectors.toList());
    }

    private static String poemReceived(Recording recording) {
        return events(recording, ProcessEvents.Called.class, c -> c.function().equals("PoetryProtocol.poemReceived"))
                .get(0)
                .args()
                .get(0);
    }
}
