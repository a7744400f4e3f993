package deferredsim.core.reactor.scenario;

import static deferredsim.core.testing.ReactorRuns.events;
import static deferredsim.core.testing.ReactorRuns.exitTime;
import static deferredsim.core.testing.ReactorRuns.printed;
import static deferredsim.core.testing.ReactorRuns.run;
import static deferredsim.core.testing.ReactorRuns.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.recording.Recording;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Part 2's self-checks: the slow poetry servers and the blocking and asynchronous clients. */
class SlowPoetrySelfCheckTest {
    // If the book's servers serve both clients, then the blocking client takes 10.1 + 6.3 + 6.6 = 23.0 s and the async
    // one 10.1 s.
    @Test
    void part2Check1_bookServers_blocking23AsyncTenPointOne() {
        Recording recording = run("part2-1-book-servers");

        assertThat(exitTime(recording, "blocking")).isEqualTo(seconds("23.0"));
        assertThat(exitTime(recording, "async")).isEqualTo(seconds("10.1"));
        assertThat(printed(recording, "blocking"))
                .containsSubsequence(
                        "Task 1: got 3003 bytes of poetry from 127.0.0.1:10000 in 0:00:10.100000",
                        "Task 2: got 623 bytes of poetry from 127.0.0.1:10001 in 0:00:06.300000",
                        "Task 3: got 653 bytes of poetry from 127.0.0.1:10002 in 0:00:06.600000",
                        "Got 3 poems in 0:00:23");
        assertThat(printed(recording, "async")).endsWith("Got 3 poems in 0:00:10.100000");
    }

    // If the async client reads, then its lines interleave the tasks; the blocking client's never do.
    @Test
    void part2Check1_asyncLinesInterleave_blockingLinesDoNot() {
        Recording recording = run("part2-1-book-servers");

        assertThat(printed(recording, "async").subList(0, 3))
                .containsExactly(
                        "Task 1: got 30 bytes of poetry from 127.0.0.1:10000",
                        "Task 2: got 10 bytes of poetry from 127.0.0.1:10001",
                        "Task 3: got 10 bytes of poetry from 127.0.0.1:10002");
        assertThat(runsOfConnections(recording, "blocking")).hasSize(3);
        assertThat(runsOfConnections(recording, "async")).hasSizeGreaterThan(100);
    }

    /** The connections a client read from, consecutive repeats collapsed: one entry per run of reads. */
    private static List<String> runsOfConnections(Recording recording, String who) {
        List<String> runs = new ArrayList<>();
        for (NetworkEvents.Received read :
                events(recording, NetworkEvents.Received.class, r -> r.who().equals(who))) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(read.connection())) {
                runs.add(read.connection());
            }
        }
        return runs;
    }

    // If server 10001 sends every 0.5 s, then its poem takes 63 x 0.5 = 31.5 s: async 31.5 s, blocking 48.2 s.
    @Test
    void part2Check2_slowSecondServer_async31Point5Blocking48Point2() {
        Recording recording = run("part2-2-slow-second-server");

        assertThat(exitTime(recording, "async")).isEqualTo(seconds("31.5"));
        assertThat(exitTime(recording, "blocking")).isEqualTo(seconds("48.2"));
    }

    // If two blocking clients ask 10001 at once, then the second gets its first byte only at 6.3 s, when the first is
    // done.
    @Test
    void part2Check3_twoBlockingClients_secondWaitsForTheFirst() {
        Recording recording = run("part2-3-two-blocking-clients");

        NetworkEvents.Received firstByteOfSecond = events(
                        recording, NetworkEvents.Received.class, r -> r.who().equals("second"))
                .get(0);

        assertThat(firstByteOfSecond.time()).isEqualTo(seconds("6.3"));
        assertThat(exitTime(recording, "first")).isEqualTo(seconds("6.3"));
        assertThat(exitTime(recording, "second")).isEqualTo(seconds("12.6"));
    }
}
