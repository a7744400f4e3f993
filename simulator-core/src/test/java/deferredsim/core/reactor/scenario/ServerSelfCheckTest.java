package deferredsim.core.reactor.scenario;

import static deferredsim.core.testing.ReactorRuns.events;
import static deferredsim.core.testing.ReactorRuns.indexOf;
import static deferredsim.core.testing.ReactorRuns.printed;
import static deferredsim.core.testing.ReactorRuns.run;
import static deferredsim.core.testing.ReactorRuns.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts 11, 12 and 16 on the reactor model: Twisted servers, netstrings, and services under twistd. */
class ServerSelfCheckTest {
    private static List<String> calls(Recording recording, String who) {
        return events(recording, ProcessEvents.Called.class, c -> c.who().equals(who)).stream()
                .map(ProcessEvents.Called::function)
                .toList();
    }

    // If three clients connect to the fast server, then one factory builds three protocols, one per client.
    @Test
    void part11Check1_threeClients_oneFactoryThreeProtocols() {
        List<String> calls = calls(run("part11-1-three-clients"), "server 10000");

        assertThat(calls.stream().filter(c -> c.equals("PoetryFactory.startFactory")))
                .hasSize(1);
        assertThat(calls.stream().filter(c -> c.equals("PoetryFactory.buildProtocol")))
                .hasSize(3);
        assertThat(calls.stream().filter(c -> c.equals("PoetryProtocol.connectionMade")))
                .hasSize(3);
    }

    // If connectionMade writes the poem and calls loseConnection, then the bytes go out in a later select, and the
    // connection closes only after them.
    @Test
    void part11_writeAndLoseConnection_returnAtOnce_sendThenClose() {
        Recording recording = run("part11-1-three-clients");
        int made = indexOf(
                recording,
                e -> e instanceof ProcessEvents.Called c && c.function().endsWith("connectionMade"));
        int sent = indexOf(recording, e -> e instanceof NetworkEvents.Sent);
        int closed = indexOf(
                recording, e -> e instanceof NetworkEvents.Closed c && c.who().equals("server 10000"));
        int wake = indexOf(
                recording,
                e -> e instanceof deferredsim.core.reactor.event.ReactorEvents.Wake w
                        && w.who().equals("server 10000")
                        && w.ready().contains("c1"));

        assertThat(made).isLessThan(wake);
        assertThat(wake).isLessThan(sent);
        assertThat(sent).isLessThan(closed);
        assertThat(printed(recording, "async")).contains("Task 1: 33 bytes of poetry");
    }

    // If the client hangs up at t=2 and connectionLost leaves the LoopingCall alone, then the loop keeps writing to
    // the dead transport (every write dropped) until the poem is done.
    @Test
    void part11Check2_loopNotStopped_keepsTickingAfterHangUp() {
        Recording recording = run("part11-2-slow-server-hangup");

        List<Time> writesAfterHangUp = events(
                        recording,
                        ProcessEvents.Called.class,
                        c -> c.function().equals("transport.write")
                                && seconds("2").isBefore(c.time()))
                .stream()
                .map(ProcessEvents.Called::time)
                .toList();
        List<NetworkEvents.Sent> sendsAfter =
                events(recording, NetworkEvents.Sent.class, s -> seconds("2").isBefore(s.time()));

        assertThat(writesAfterHangUp).hasSize(9).last().isEqualTo(seconds("2.9"));
        assertThat(sendsAfter).isEmpty();
    }

    // If connectionLost stops the LoopingCall, then no tick runs after the hang-up.
    @Test
    void part11Check2_loopStopped_noTickAfterHangUp() {
        Recording recording = run("part11-2-slow-server-stops-loop");

        assertThat(events(
                        recording,
                        ProcessEvents.Called.class,
                        c -> c.function().endsWith("sendChunk") && seconds("2").isBefore(c.time())))
                .isEmpty();
    }

    // If the request is cummingsify.HELLO, then the reply is the netstring 5:hello, and the Deferred fires with hello.
    @Test
    void part12Check1_cummingsify_replyIsNetstringHello() {
        Recording recording = run("part12-1-cummingsify");

        assertThat(events(recording, NetworkEvents.Received.class, r -> r.who().equals("client d")))
                .extracting(NetworkEvents.Received::data)
                .containsExactly("5:hello,");
        assertThat(printed(recording, "client d")).containsExactly("Transformed: hello");
    }

    // If the transform is unknown, then no reply comes, the server closes, and the Deferred fails with ConnectionDone.
    @Test
    void part12Check2_unknownTransform_noReplyConnectionDone() {
        Recording recording = run("part12-2-unknown-transform");

        assertThat(events(recording, NetworkEvents.Sent.class, s -> s.who().equals("server 11000")))
                .isEmpty();
        assertThat(events(recording, SimEvent.Fired.class))
                .extracting(SimEvent.Fired::value)
                .containsExactly("ConnectionDone");
    }

    // If one netstring arrives in pieces, then stringReceived runs once, when its comma arrives.
    @Test
    void part12_splitNetstring_oneStringReceivedWhenComplete() {
        Recording recording = run("part12-split-netstring");

        List<ProcessEvents.Called> strings = events(
                recording,
                ProcessEvents.Called.class,
                c -> c.who().equals("server 11000") && c.function().endsWith("stringReceived"));
        long reads = events(
                        recording, NetworkEvents.Received.class, r -> r.who().equals("server 11000"))
                .size();

        assertThat(strings).hasSize(1);
        assertThat(strings.get(0).args()).containsExactly("cummingsify.HELLO");
        assertThat(strings.get(0).time()).isEqualTo(seconds("1"));
        assertThat(reads).isGreaterThan(2);
    }

    // If two netstrings come in one read, then stringReceived runs twice, in order, within that one dataReceived.
    @Test
    void part12_mergedNetstrings_twoStringsFromOneRead() {
        Recording recording = run("part12-merged-netstrings");

        assertThat(events(
                        recording,
                        ProcessEvents.Called.class,
                        c -> c.who().equals("server 11000") && c.function().endsWith("stringReceived")))
                .extracting(c -> c.args().get(0))
                .containsExactly("cummingsify.HELLO", "cummingsify.WORLD");
        assertThat(events(recording, NetworkEvents.Received.class, r -> r.who().equals("server 11000")))
                .hasSize(1);
    }

    // If the bytes are not a netstring, then the server drops the connection without a reply.
    @Test
    void part12_malformedNetstring_closedWithoutReply() {
        Recording recording = run("part12-malformed-netstring");

        assertThat(events(recording, NetworkEvents.Sent.class, s -> s.who().equals("server 11000")))
                .isEmpty();
        assertThat(events(
                        recording,
                        ProcessEvents.Called.class,
                        c -> c.who().equals("server 11000") && c.function().endsWith("stringReceived")))
                .isEmpty();
        assertThat(printed(recording, "client d")).containsExactly("Transform failed: ConnectionDone*");
    }

    // If twistd starts the Fig 34 tree, then the port is bound (privileged pass) before the poem is loaded, and the
    // stop runs in reverse: the TCP server before the poetry service.
    @Test
    void part16Check1_startAndStopOrder() {
        Recording recording = run("part16-1-start-stop-order");

        assertThat(printed(recording, "twistd"))
                .containsExactly(
                        "PoetryFactory starting on 10000",
                        "loaded a poem from: ecstasy",
                        "Received SIGINT, shutting down.",
                        "(TCP Port 10000 Closed)",
                        "Main loop terminated.",
                        "Server Shut Down.");
        assertThat(calls(recording, "twistd").stream()
                        .filter(c -> c.endsWith(".stopService"))
                        .toList())
                .containsExactly(
                        "fastpoetry.stopService",
                        "top_service.stopService",
                        "tcp_10000.stopService",
                        "poetry.stopService");
        assertThat(printed(recording, "async")).contains("Task 1: 3003 bytes of poetry");
    }

    // If a child's stopService returns a Deferred fired 2 s later, then the main loop ends 2 s after SIGINT.
    @Test
    void part16Check2_slowStop_holdsTheShutdownTwoSeconds() {
        Recording recording = run("part16-2-slow-stop");

        ProcessEvents.Printed terminated = events(
                        recording, ProcessEvents.Printed.class, p -> p.text().equals("Main loop terminated."))
                .get(0);
        assertThat(terminated.time()).isEqualTo(seconds("7"));
    }
}
