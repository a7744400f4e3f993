package deferredsim.core.reactor.scenario;

import static deferredsim.core.testing.ReactorRuns.events;
import static deferredsim.core.testing.ReactorRuns.exitTime;
import static deferredsim.core.testing.ReactorRuns.indexOf;
import static deferredsim.core.testing.ReactorRuns.printed;
import static deferredsim.core.testing.ReactorRuns.run;
import static deferredsim.core.testing.ReactorRuns.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.value.Value;
import org.junit.jupiter.api.Test;

/** Parts 7 and 8's self-checks: Deferreds fired by programs and by client 4.0's factory, on the engine. */
class DeferredPoetrySelfCheckTest {
    private static final String PROGRAM = ReactorSimulation.PROGRAM;

    // If defer-5 fires with callback and then errback, then "First result", then AlreadyCalledError, and no "Finished".
    @Test
    void part7Check1_defer5_alreadyCalledErrorNoFinished() {
        Recording recording = run("part7-1-defer-5");

        assertThat(printed(recording, PROGRAM)).containsExactly("First result");
        assertThat(events(recording, SimEvent.AlreadyCalled.class)).hasSize(1);
        assertThat(events(recording, ProcessEvents.Crashed.class))
                .extracting(ProcessEvents.Crashed::error)
                .containsExactly("AlreadyCalledError");
    }

    // If defer-9 fires with errback(Exception('x')), then 3 apology lines, poem_done gets None on the callback line,
    // and the reactor stops.
    @Test
    void part7Check2_defer9Errback_apologiesThenPoemDoneGetsNone() {
        Recording recording = run("part7-2-defer-9-errback");

        assertThat(events(recording, ProcessEvents.Printed.class))
                .extracting(ProcessEvents.Printed::stderr)
                .containsOnly(true);
        assertThat(printed(recording, PROGRAM))
                .containsExactly("poem download failed", "I am terribly sorry", "try again later?");
        SimEvent.StageRan poemDone =
                events(recording, SimEvent.StageRan.class, s -> s.stage() == 1).get(0);
        assertThat(poemDone.side()).isEqualTo(Side.CALLBACK);
        assertThat(poemDone.in()).isEqualTo(Value.NONE);
        assertThat(exitTime(recording, PROGRAM)).isEqualTo(seconds("0"));
    }

    // If got_poem returns its poem, then poem_done receives the poem string.
    @Test
    void part7Check3_gotPoemReturns_poemDoneReceivesThePoem() {
        Recording recording = run("part7-3-got-poem-returns");

        SimEvent.StageRan poemDone =
                events(recording, SimEvent.StageRan.class, s -> s.stage() == 1).get(0);

        assertThat(poemDone.in()).isEqualTo(Value.text("Another short poem."));
        assertThat(printed(recording, PROGRAM)).contains("poem_done got: Another short poem.");
    }

    // If defer-block's chain blocks 11.5 s at t=0 with callLater(1, tick) pending, then tick runs at 11.5, after
    // "Firing finished.".
    @Test
    void part8Check1_deferBlock_tickRunsAtElevenPointFiveAfterFiringFinished() {
        Recording recording = run("part8-1-defer-block");

        ReactorEvents.TimerRan tick =
                events(recording, ReactorEvents.TimerRan.class).get(0);

        assertThat(tick.time()).isEqualTo(seconds("11.5"));
        assertThat(tick.late()).isEqualTo(seconds("10.5"));
        assertThat(indexOf(
                        recording,
                        e -> e instanceof ProcessEvents.Printed
                                && ((ProcessEvents.Printed) e).text().equals("Firing finished.")))
                .isLessThan(indexOf(recording, e -> e == tick));
        assertThat(printed(recording, PROGRAM))
                .startsWith("Starting reactor.", "Firing deferred.", "The start of the callback chain.")
                .endsWith("The end of the callback chain.", "Firing finished.", "tick", "Done.");
    }

    // If a 12-second poem has a 5-second timeout with the guard, then the errback fires at 5 and the late
    // connectionLost fires nothing.
    @Test
    void part8Check2_timeoutWithGuard_errbackAtFiveNoSecondFire() {
        Recording recording = run("part8-2-timeout-guard");

        assertThat(events(recording, SimEvent.Fired.class))
                .extracting(f -> f.method().word() + " " + f.value() + "@" + f.time())
                .containsExactly("errback TimeoutError@5");
        assertThat(events(recording, SimEvent.AlreadyCalled.class)).isEmpty();
        assertThat(events(recording, ReactorEvents.ErrorLogged.class)).isEmpty();
        assertThat(events(
                        recording,
                        ProcessEvents.Called.class,
                        c -> c.function().equals("PoetryProtocol.connectionLost")))
                .hasSize(1);
    }

    // If the guard is missing, then the late connectionLost fires again: AlreadyCalledError inside a reactor callback,
    // logged.
    @Test
    void part8Check2_timeoutWithoutGuard_alreadyCalledErrorLogged() {
        Recording recording = run("part8-2-timeout-no-guard");

        assertThat(events(recording, SimEvent.AlreadyCalled.class)).hasSize(1);
        assertThat(events(recording, ReactorEvents.ErrorLogged.class))
                .extracting(e -> e.error() + " during " + e.during())
                .containsExactly("AlreadyCalledError during connectionLost c1");
    }

    // If d.addErrback(report, host, port) is added, then report is called as report(failure, host, port).
    @Test
    void part8Check3_errbackExtraArguments_reportFailureHostPort() {
        ProcessEvents.Called report = events(
                        run("part8-3-errback-extra-args"),
                        ProcessEvents.Called.class,
                        c -> c.function().equals("report"))
                .get(0);

        assertThat(report.args()).containsExactly("[Failure instance: ConnectionRefusedError]", "localhost", "10004");
    }

    // If client 4.0 fetches two poems and fails one, then each deferred fires once and the reactor stops after the
    // slowest.
    @Test
    void client40_eachDeferredFiresOnce() {
        Recording recording = run("part8-client-4.0");

        assertThat(events(recording, SimEvent.Fired.class))
                .extracting(f -> f.deferred() + "@" + f.time())
                .containsExactly("d3@0", "d2@6.3", "d1@10.1");
        assertThat(recording.outcomes()).extracting(SimEvent.Outcome::deferred).containsExactly("d1", "d2", "d3");
        assertThat(exitTime(recording, PROGRAM)).isEqualTo(seconds("10.1"));
    }

    // If got_poem runs from a poem's arrival, then its stack goes from the reactor through the protocol and the
    // Deferred (Fig 14); connectionLost is called by the reactor after doRead has returned, not from inside it.
    @Test
    void client40_gotPoemStack_reactorToDeferredToCallback() {
        ProcessEvents.Called gotPoem = events(
                        run("part8-client-4.0"),
                        ProcessEvents.Called.class,
                        c -> c.function().equals("got_poem"))
                .get(0);

        assertThat(gotPoem.stack())
                .containsExactly(
                        "<module>",
                        "reactor.run",
                        "PoetryProtocol.connectionLost",
                        "PoetryProtocol.poemReceived",
                        "PoetryClientFactory.poem_finished",
                        "d2.callback",
                        "_runCallbacks");
    }
}
