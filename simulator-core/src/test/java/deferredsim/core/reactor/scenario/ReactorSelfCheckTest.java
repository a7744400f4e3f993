package deferredsim.core.reactor.scenario;

import static deferredsim.core.testing.ReactorRuns.events;
import static deferredsim.core.testing.ReactorRuns.exitTime;
import static deferredsim.core.testing.ReactorRuns.printed;
import static deferredsim.core.testing.ReactorRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.event.ReactorPhase;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Part 3's self-checks and the reactor behaviours the issue lists, from the example scenarios. */
class ReactorSelfCheckTest {
    private static final String PROGRAM = ReactorSimulation.PROGRAM;

    // If counters A (5 @ 1 s), B (3 @ 2 s) and C (4 @ 0.5 s) run, then C finishes at 2, A at 5, B at 6, after 12 count
    // lines.
    @Test
    void part3Check1_threeCountdowns_finishAtTwoFiveSix() {
        Recording recording = run("part3-1-three-countdowns");

        List<String> finished =
                events(recording, ProcessEvents.Called.class, c -> c.function().equals("finished")).stream()
                        .map(c -> c.stack().get(c.stack().size() - 1) + "@" + c.time())
                        .collect(Collectors.toList());
        long countLines = printed(recording, PROGRAM).stream()
                .filter(line -> line.endsWith(" ..."))
                .count();

        assertThat(finished).containsExactly("C.count@2", "A.count@5", "B.count@6");
        assertThat(countLines).isEqualTo(12);
        assertThat(stopped(recording)).isEqualTo(Time.ofSeconds(6));
        assertThat(printed(recording, PROGRAM)).startsWith("Start!").endsWith("Stop!");
    }

    // If exception.py loses its reactor.stop(), then the same three outputs appear and the reactor idles for ever.
    @Test
    void part3Check2_exceptionWithoutStop_sameOutputThenIdleForever() {
        Recording recording = run("part3-2-exception-without-stop");

        assertThat(printed(recording, PROGRAM)).containsExactly("Starting the reactor.", "But I get up again.");
        assertThat(events(recording, ReactorEvents.ErrorLogged.class))
                .extracting(ReactorEvents.ErrorLogged::error)
                .containsExactly("Exception: I fall down.");
        assertThat(recording.events().get(recording.size() - 1))
                .isEqualTo(new ReactorEvents.StateChanged(Time.ZERO, PROGRAM, ReactorPhase.IDLE_FOREVER));
    }

    // If a callback blocks for 3 s at t=0, then callLater(1, tick) runs at t=3, not t=1.
    @Test
    void part3Check3_blockingCallback_tickRunsAtThree() {
        Recording recording = run("part3-3-blocking-callback-delays-timer");

        ReactorEvents.TimerRan tick =
                events(recording, ReactorEvents.TimerRan.class).get(0);

        assertThat(tick.call()).isEqualTo("tick");
        assertThat(tick.due()).isEqualTo(Time.ofSeconds(1));
        assertThat(tick.time()).isEqualTo(Time.ofSeconds(3));
        assertThat(tick.late()).isEqualTo(Time.ofSeconds(2));
    }

    // If a callback stops the reactor twice and main runs it again, then ReactorNotRunning is logged and
    // ReactorNotRestartable crashes main.
    @Test
    void reactorErrors_stopTwiceLogged_runAgainCrashes() {
        Recording recording = run("part3-reactor-errors");

        assertThat(events(recording, ReactorEvents.ErrorLogged.class))
                .extracting(ReactorEvents.ErrorLogged::error)
                .containsExactly("ReactorNotRunning: Can't stop reactor that isn't running.");
        assertThat(events(recording, ProcessEvents.Crashed.class))
                .extracting(ProcessEvents.Crashed::error)
                .containsExactly("ReactorNotRestartable");
        assertThat(printed(recording, PROGRAM)).containsExactly("the reactor stopped");
    }

    // If callLater(0) is registered before two callWhenRunning, then both startup triggers run first, in order.
    @Test
    void startupTriggers_runBeforeAnEarlierCallLaterZero() {
        assertThat(printed(run("part3-startup-order"), PROGRAM))
                .containsExactly(
                        "first startup trigger",
                        "second startup trigger",
                        "called at once: the reactor is running",
                        "the callLater(0) call");
    }

    // If the countdown is a LoopingCall, then the first count is immediate, and stop fires the deferred with the
    // LoopingCall.
    @Test
    void loopingCall_firstCallAtOnce_deferredFiresOnStop() {
        Recording recording = run("part3-looping-countdown");

        List<ProcessEvents.Printed> counts =
                events(recording, ProcessEvents.Printed.class, p -> p.text().endsWith(" ..."));
        SimEvent.Fired fired = events(recording, SimEvent.Fired.class).get(0);

        assertThat(counts).extracting(p -> p.time().toString()).containsExactly("0", "1", "2", "3", "4");
        assertThat(fired.time()).isEqualTo(Time.ofSeconds(5));
        assertThat(fired.value()).isEqualTo("LoopingCall<1>(Countdown.count, *(), **{})");
        assertThat(exitTime(recording, PROGRAM)).isEqualTo(Time.ofSeconds(5));
    }

    // If the LoopingCall's function raises, then the loop stops and its deferred errbacks with the failure.
    @Test
    void loopingCall_functionRaises_stopsAndErrbacks() {
        Recording recording = run("part3-looping-call-raises");

        assertThat(events(recording, SimEvent.Fired.class))
                .containsExactly(new SimEvent.Fired(
                        Time.ofSeconds(1), "d", deferredsim.core.scenario.FireMethod.ERRBACK, "out of work"));
        assertThat(events(recording, ReactorEvents.TimerScheduled.class)).hasSize(2);
        assertThat(printed(recording, PROGRAM))
                .containsExactly("working", "working", "the loop stopped: [Failure instance: out of work]");
    }

    private static Time stopped(Recording recording) {
        return events(recording, ReactorEvents.StateChanged.class, s -> s.phase() == ReactorPhase.STOPPED)
                .get(0)
                .time();
    }
}
