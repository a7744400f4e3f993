package deferredsim.gui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Reading;
import deferredsim.core.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {
    @Test
    void tracks_areTheClockThenEachDeferredTheReadingNames() throws Exception {
        // If a run has clock calls and two deferreds, then the tracks are reactor, d, x, and the clock's calls are
        // spans from scheduling to running.
        Reading reading = Reading.of(Simulation.run(ScenarioReader.read(
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [[\"defer"
                        + " x\", \"p\"], [\"r after\", \"p\"]], \"fire\": {\"method\": \"callback\", \"value\":"
                        + " \"start\", \"after\": 0}},{\"name\": \"x\", \"chain\": [], \"fire\": {\"method\":"
                        + " \"callback\", \"value\": \"inner\", \"after\": 2}}]}")));
        TimelineLayout layout = TimelineLayout.of(reading);
        assertThat(layout.trackNames()).containsExactly("reactor", "d", "x");
        assertThat(layout.spans()).extracting(TimelineLayout.Span::description).contains("fire d", "fire x");
        for (int i = 0; i < layout.size(); i++) {
            String track = layout.trackNames().get(layout.track(i));
            assertThat(track).isEqualTo(reading.subject(i).orElse("reactor"));
        }
    }
}
