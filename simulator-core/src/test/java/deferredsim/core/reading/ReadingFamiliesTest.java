package deferredsim.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.ReactorRuns;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each event's family and process, as views mark them, and how a firing is told in a few words. */
class ReadingFamiliesTest {
    /** When a cancelled deferred gets its late callback, then that event is a late fire, not a fire. */
    @Test
    void family_lateCallbackAfterCancel_isALateFire() throws Exception {
        Reading reading = Reading.of(Simulation.run(
                ScenarioReader.read(ReadingAgreesWithTraceTest.corpus("cancel-while-waiting-on-inner"))));
        int first = IntStream.range(0, reading.size())
                .filter(i -> reading.event(i) instanceof SimEvent.Fired f
                        && f.deferred().equals("d"))
                .findFirst()
                .orElseThrow();
        int late = IntStream.range(0, reading.size())
                .filter(i -> reading.event(i) instanceof SimEvent.Fired f
                        && f.deferred().equals("x"))
                .findFirst()
                .orElseThrow();

        assertThat(reading.family(first)).isEqualTo(EventFamily.FIRE);
        assertThat(reading.family(late)).isEqualTo(EventFamily.LATE_FIRE);
    }

    /** When the inner deferred was fired by the cancel, then its firing is told as CancelledError from cancel(). */
    @Test
    void how_firedByCancel_namesTheCancelNotTheLateCall() throws Exception {
        Reading reading = Reading.of(Simulation.run(
                ScenarioReader.read(ReadingAgreesWithTraceTest.corpus("cancel-while-waiting-on-inner"))));

        assertThat(Words.how(reading.deferred("x", reading.end()).firing())).isEqualTo("CancelledError from cancel()");
    }

    /** When a reactor run is read, then every reactor event has its process and a reactor family, and engine events have none. */
    @Test
    void who_reactorEvents_nameTheirProcess() {
        Reading reading = Reading.of(ReactorRuns.run("part8-1-defer-block"));

        for (int i = 0; i < reading.size(); i++) {
            boolean reactorEvent = reading.event(i) instanceof SimEvent.ReactorEvent;
            assertThat(reading.reactor().who(i).isPresent()).as("event %d", i).isEqualTo(reactorEvent);
            if (reactorEvent) {
                assertThat(reading.family(i))
                        .isIn(EventFamily.EXECUTION, EventFamily.NETWORK, EventFamily.REACTOR, EventFamily.PROCESS);
            }
        }
        int first = IntStream.range(0, reading.size())
                .filter(i -> reading.event(i) instanceof SimEvent.ReactorEvent)
                .findFirst()
                .orElseThrow();
        assertThat(reading.reactor().who(first)).contains("program");
    }
}
