package deferredsim.core.reactor.scenario;

import static deferredsim.core.testing.ReactorRuns.events;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.time.Time;
import org.junit.jupiter.api.Test;

/** How a simulation that would never end is cut short. */
class ReactorLimitsTest {
    // If a LoopingCall ticks for ever, then the run stops at the scenario's until, with a limit event there.
    @Test
    void until_stopsAnEndlessLoop() throws ScenarioException {
        Recording recording =
                ReactorSimulation.run(ReactorScenarioReader.read("{\"format\": \"reactor-scenario/1\", \"until\": 5,"
                        + " \"program\": {\"main\": [\"lc = LoopingCall tick\", \"lc.start 1\", \"reactor.run\"],"
                        + " \"functions\": {\"tick\": [\"print tick\"]}}}"));

        assertThat(events(recording, ProcessEvents.Printed.class))
                .extracting(p -> p.time().toString())
                .containsExactly("0", "1", "2", "3", "4", "5");
        java.util.List<SimEvent.ReactorEvent> reactorEvents = events(recording, SimEvent.ReactorEvent.class);
        assertThat(reactorEvents.get(reactorEvents.size() - 1))
                .isEqualTo(new ProcessEvents.LimitReached(Time.ofSeconds(5), "simulation"));
        assertThat(recording.outcomes()).extracting(SimEvent.Outcome::deferred).containsExactly("lc.deferred");
        assertThat(events(recording, ReactorEvents.StateChanged.class)).hasSize(1);
    }

    // If a LoopingCall has interval 0, then the reactor is stopped as a runaway at that instant.
    @Test
    void runaway_zeroIntervalLoopIsCut() throws ScenarioException {
        Recording recording = ReactorSimulation.run(ReactorScenarioReader.read("{\"format\": \"reactor-scenario/1\","
                + " \"program\": {\"main\": [\"lc = LoopingCall tick\", \"lc.start 0\", \"reactor.run\"],"
                + " \"functions\": {\"tick\": []}}}"));

        assertThat(events(recording, ProcessEvents.LimitReached.class))
                .extracting(ProcessEvents.LimitReached::who)
                .containsExactly("program");
        assertThat(recording.events().get(recording.size() - 1).time()).isEqualTo(Time.ZERO);
    }
}
