package deferredsim.core.reactor.scenario;

import static deferredsim.core.testing.ReactorRuns.events;
import static deferredsim.core.testing.ReactorRuns.exitTime;
import static deferredsim.core.testing.ReactorRuns.printed;
import static deferredsim.core.testing.ReactorRuns.run;
import static deferredsim.core.testing.ReactorRuns.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.recording.Recording;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Part 4's self-checks: Twisted client 1.0, the broken client, timeouts with delayed calls. */
class TwistedPoetrySelfCheckTest {
    // If client 1.0 fetches the book's poems, then its reads interleave and it ends at 10.1 s.
    @Test
    void client1_bookServers_interleavesAndEndsAtTenPointOne() {
        Recording recording = run("part4-client-1.0");

        assertThat(exitTime(recording, "client 1.0")).isEqualTo(seconds("10.1"));
        assertThat(printed(recording, "client 1.0").subList(0, 3))
                .containsExactly(
                        "Task 1: got 30 bytes of poetry from 127.0.0.1:10000",
                        "Task 2: got 10 bytes of poetry from 127.0.0.1:10001",
                        "Task 3: got 10 bytes of poetry from 127.0.0.1:10002");
    }

    // If the broken client reads the book's servers, then it still takes 10.1 s with exactly one "got" line per task.
    @Test
    void part4Check1_brokenClient_tenPointOneOneGotLinePerTask() {
        Recording recording = run("part4-1-broken-client");

        assertThat(exitTime(recording, "client broken")).isEqualTo(seconds("10.1"));
        assertThat(gotLines(recording))
                .containsExactly(
                        "Task 1: got 3003 bytes of poetry from 127.0.0.1:10000",
                        "Task 2: got 623 bytes of poetry from 127.0.0.1:10001",
                        "Task 3: got 653 bytes of poetry from 127.0.0.1:10002");
        assertThat(events(recording, ProcessEvents.Blocked.class))
                .extracting(ProcessEvents.Blocked::what)
                .containsExactly("recv on c1 until the server closes");
    }

    // If the broken client happens to read the fascination socket first, then only the order changes: still 10.1 s.
    @Test
    void part4Check1_brokenClientOtherSocketFirst_sameTotalOtherOrder() {
        Recording recording = run("part4-1-broken-client-task2-first");

        assertThat(exitTime(recording, "client broken")).isEqualTo(seconds("10.1"));
        assertThat(gotLines(recording))
                .containsExactly(
                        "Task 1: got 623 bytes of poetry from 127.0.0.1:10001",
                        "Task 2: got 3003 bytes of poetry from 127.0.0.1:10000",
                        "Task 3: got 653 bytes of poetry from 127.0.0.1:10002");
    }

    // If each poem has an 8 s timeout, then Tasks 2 and 3 finish at 6.3 and 6.6 with their timers cancelled, Task 1
    // times out at 8.
    @Test
    void part4Check2_eightSecondTimeout_twoFinishOneTimesOutAtEight() {
        Recording recording = run("part4-2-timeout");

        assertThat(events(recording, ReactorEvents.TimerCancelled.class))
                .extracting(c -> c.call() + "@" + c.time())
                .containsExactly("Task 2 timeout@6.3", "Task 3 timeout@6.6");
        assertThat(events(recording, ReactorEvents.TimerRan.class))
                .extracting(r -> r.call() + "@" + r.time())
                .containsExactly("Task 1 timeout@8");
        assertThat(printed(recording, "client 1.0"))
                .contains("Task 2 finished", "Task 3 finished", "Task 1: timed out");
        assertThat(exitTime(recording, "client 1.0")).isEqualTo(seconds("8"));
    }

    // If a DelayedCall is cancelled after it ran, then AlreadyCalled is raised (and logged by the reactor).
    @Test
    void part4Check3_cancelAfterRun_alreadyCalled() {
        Recording recording = run("part4-3-cancel-after-run");

        assertThat(events(recording, ReactorEvents.ErrorLogged.class))
                .extracting(ReactorEvents.ErrorLogged::error)
                .containsExactly("AlreadyCalled: Tried to cancel an already-called event.");
        assertThat(printed(recording, ReactorSimulation.PROGRAM)).doesNotContain("not reached");
    }

    // If a DelayedCall is cancelled twice, then the second cancel raises AlreadyCancelled.
    @Test
    void cancelTwice_alreadyCancelled() {
        Recording recording = run("part4-cancel-twice");

        assertThat(events(recording, ReactorEvents.ErrorLogged.class))
                .extracting(ReactorEvents.ErrorLogged::error)
                .containsExactly("AlreadyCancelled: Tried to cancel an already-cancelled event.");
        assertThat(printed(recording, ReactorSimulation.PROGRAM)).containsExactly("cancelled");
    }

    private static List<String> gotLines(Recording recording) {
        return printed(recording, "client broken").stream()
                .filter(line -> line.contains(": got "))
                .collect(Collectors.toList());
    }
}
