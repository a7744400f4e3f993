package deferredsim.core.reactor.scenario;

import static deferredsim.core.testing.ReactorRuns.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.world.RunLimits;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.RunLimitException;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.time.Time;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** How a simulation that would never end is cut short. */
@Isolated("sets a system property that the code under test reads")
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

    // If a LoopingCall ticks every nanosecond, then the run stops at the events limit with a message naming it and what
    // happened so far ending in a limit event and the results.
    @Test
    void eventsLimit_stopsALoopEveryNanosecond() {
        RunLimitException stopped = stoppedBy(
                "{\"format\": \"reactor-scenario/1\", \"program\": {\"main\": [\"lc = LoopingCall tick\","
                        + " \"lc.start 0.000000001\", \"reactor.run\"], \"functions\": {\"tick\": []}}}",
                RunLimits.of(5_000));

        assertThat(stopped.limit()).isEqualTo("events");
        assertThat(stopped.getMessage()).contains("5,000 events").contains("-Ddeferredsim.maxEvents=N");
        List<SimEvent> events = stopped.partial().events();
        assertThat(events.size()).isBetween(5_001, 5_010);
        assertThat(events.get(events.size() - 2)).isInstanceOf(ProcessEvents.LimitReached.class);
        assertThat(events.get(events.size() - 1)).isInstanceOf(SimEvent.Outcome.class);
        assertThat(events.get(events.size() - 2).time())
                .isEqualTo(events.get(events.size() - 3).time());
    }

    // If the property is unset, then a run may record a million events; if set to a positive number, that many; if set
    // to
    // anything else, the default again.
    @Test
    void limits_comeFromTheSystemProperty() {
        String before = System.getProperty(RunLimits.MAX_EVENTS_PROPERTY);
        try {
            System.clearProperty(RunLimits.MAX_EVENTS_PROPERTY);
            assertThat(RunLimits.fromSystemProperties().maxEvents()).isEqualTo(1_000_000);
            System.setProperty(RunLimits.MAX_EVENTS_PROPERTY, "25");
            assertThat(RunLimits.fromSystemProperties().maxEvents()).isEqualTo(25);
            System.setProperty(RunLimits.MAX_EVENTS_PROPERTY, "-3");
            assertThat(RunLimits.fromSystemProperties().maxEvents()).isEqualTo(1_000_000);
            System.setProperty(RunLimits.MAX_EVENTS_PROPERTY, "lots");
            assertThat(RunLimits.fromSystemProperties().maxEvents()).isEqualTo(1_000_000);
        } finally {
            if (before == null) {
                System.clearProperty(RunLimits.MAX_EVENTS_PROPERTY);
            } else {
                System.setProperty(RunLimits.MAX_EVENTS_PROPERTY, before);
            }
        }
    }

    // If a server sends a megabyte poem a byte at a time to a Twisted client, then the run stops at the events limit.
    @Test
    void eventsLimit_stopsAMegabytePoemSentAByteAtATime() {
        String poem = "x".repeat(1 << 20);
        RunLimitException stopped = stoppedBy(
                "{\"format\": \"reactor-scenario/1\", \"servers\": [{\"port\": 10000, \"text\": \"" + poem
                        + "\", \"chunk\": 1, \"delay\": 0.001}], \"twistedClient\": {\"version\": \"2.0\","
                        + " \"ports\": [10000]}}",
                RunLimits.of(20_000));

        assertThat(stopped.limit()).isEqualTo("events");
        assertThat(stopped.partial().events())
                .filteredOn(NetworkEvents.Sent.class::isInstance)
                .hasSizeGreaterThan(3_000);
    }

    // If a callback keeps adding itself to its own deferred, then the run stops at the events limit within one instant.
    @Test
    void eventsLimit_stopsACallbackThatKeepsAddingCallbacks() {
        RunLimitException stopped = stoppedBy(
                "{\"format\": \"reactor-scenario/1\", \"program\": {\"main\": [\"d = Deferred\","
                        + " \"d.addCallback again\", \"d.callback x\"], \"functions\": {\"again\":"
                        + " [\"d.addCallback again\", \"return {0}\"]}}}",
                RunLimits.of(10_000));

        assertThat(stopped.limit()).isEqualTo("events");
        assertThat(stopped.partial().events()).allMatch(e -> e.time().equals(Time.ZERO));
        assertThat(stopped.partial().outcomes())
                .extracting(SimEvent.Outcome::deferred)
                .containsExactly("d");
    }

    // If a delay takes the time past what the clock holds, then the run stops at the time limit instead of overflowing.
    @Test
    void timeLimit_stopsATimeBeyondTheClock() {
        RunLimitException stopped = stoppedBy(
                "{\"format\": \"reactor-scenario/1\", \"until\": 9000000000, \"program\": {\"main\":"
                        + " [\"reactor.callLater 5000000000 later\", \"reactor.run\"], \"functions\":"
                        + " {\"later\": [\"print late\", \"reactor.callLater 5000000000 later\"]}}}",
                RunLimits.of(1_000));

        assertThat(stopped.limit()).isEqualTo("time");
        assertThat(stopped.getMessage())
                .contains("9223372036.854775807 seconds")
                .contains("cannot be raised");
        assertThat(stopped.partial().events())
                .filteredOn(ProcessEvents.Printed.class::isInstance)
                .extracting(e -> e.time().toString())
                .containsExactly("5000000000");
    }

    // If Part 1's segments add up to more than the clock holds, then the reader says so at the segment that overflows.
    @Test
    void read_segmentsBeyondTheClock_isRejectedWhereTheyOverflow() {
        String segments = String.join(", ", java.util.Collections.nCopies(10, "\"CPU 999999999\""));
        assertThatThrownBy(() -> ReactorScenarioReader.read("{\"format\": \"reactor-scenario/1\", \"execution\":"
                        + " {\"tasks\": [{\"name\": \"A\", \"segments\": [" + segments + "]}]}}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("$.execution.tasks[0].segments[9]")
                .hasMessageContaining("the segments add up to more than 9223372036.854775807 seconds");
    }

    // If a function calls itself for ever, then the program crashes with Python's RecursionError instead of the JVM's.
    @Test
    void recursion_endsInRecursionError() throws ScenarioException {
        Recording recording = ReactorSimulation.run(ReactorScenarioReader.read("{\"format\": \"reactor-scenario/1\","
                + " \"program\": {\"main\": [\"again\"], \"functions\": {\"again\": [\"again\"]}}}"));

        assertThat(events(recording, ProcessEvents.Crashed.class))
                .extracting(ProcessEvents.Crashed::error)
                .containsExactly("RecursionError: maximum recursion depth exceeded");
        assertThat(events(recording, ProcessEvents.Called.class)).hasSize(199);
    }

    // If a callback fires a deferred whose callback is itself, for ever, then RecursionError becomes the innermost
    // chain's failure, as Twisted turns any exception in a callback into one, and the program goes on.
    @Test
    void recursionThroughCallbacks_failsTheInnermostChain() throws ScenarioException {
        Recording recording = ReactorSimulation.run(ReactorScenarioReader.read("{\"format\": \"reactor-scenario/1\","
                + " \"program\": {\"main\": [\"d = Deferred\", \"d.addCallback again\", \"d.callback x\","
                + " \"print survived\"], \"functions\": {\"again\": [\"e = Deferred\", \"e.addCallback again\","
                + " \"e.callback y\"]}}}"));

        assertThat(events(recording, ProcessEvents.Printed.class))
                .extracting(ProcessEvents.Printed::text)
                .containsExactly("survived");
        assertThat(recording.outcomes())
                .filteredOn(o -> o.value() != null && o.value().render().equals("RecursionError*"))
                .hasSize(1);
    }

    private static RunLimitException stoppedBy(String json, RunLimits limits) {
        ReactorScenario scenario;
        try {
            scenario = ReactorScenarioReader.read(json);
        } catch (ScenarioException e) {
            throw new AssertionError(e);
        }
        Throwable thrown = catchThrowable(() -> ReactorSimulation.run(scenario, limits));
        assertThat(thrown).isInstanceOf(RunLimitException.class);
        return (RunLimitException) thrown;
    }
}
