package deferredsim.gui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Reading;
import deferredsim.core.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {
    private static Reading innerLater() throws Exception {
        return Reading.of(Simulation.run(ScenarioReader.read(
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [[\"defer"
                        + " x\", \"p\"], [\"r after\", \"p\"]], \"fire\": {\"method\": \"callback\", \"value\":"
                        + " \"start\", \"after\": 0}},{\"name\": \"x\", \"chain\": [], \"fire\": {\"method\":"
                        + " \"callback\", \"value\": \"inner\", \"after\": 2}}]}")));
    }

    @Test
    void eventsAtOneTime_sitSideBySideInOrder() throws Exception {
        // If several events happen at t=0, then each sits one event gap right of the one before.
        TimelineLayout layout = TimelineLayout.of(innerLater());
        assertThat(layout.x(1) - layout.x(0)).isEqualTo(TimelineLayout.EVENT_GAP);
        for (int i = 1; i < layout.size(); i++) {
            assertThat(layout.x(i)).isGreaterThan(layout.x(i - 1));
        }
    }

    @Test
    void aChangeOfTime_addsAGapProportionalToTheTime() throws Exception {
        // When the clock moves from 0 to 2, then the axis jumps by two seconds' worth of units, and a tick marks t=2.
        TimelineLayout layout = TimelineLayout.of(innerLater());
        assertThat(layout.ticks()).extracting(t -> t.time().toString()).containsExactly("0", "2");
        TimelineLayout.Tick two = layout.ticks().get(1);
        double before = layout.x(two.firstEvent() - 1);
        assertThat(two.x() - before).isEqualTo(2 * TimelineLayout.UNITS_PER_SECOND);
    }

    @Test
    void tracks_areTheReactorThenEachDeferred() throws Exception {
        // If a recording has delayed calls and two deferreds, then the tracks are reactor, d, x.
        TimelineLayout layout = TimelineLayout.of(innerLater());
        assertThat(layout.trackNames()).containsExactly("reactor", "d", "x");
        assertThat(layout.spans()).extracting(TimelineLayout.Span::description).contains("fire d", "fire x");
    }

    @Test
    void nearest_findsTheClosestEvent() throws Exception {
        // When the learner clicks between two events, then the closer one is chosen.
        TimelineLayout layout = TimelineLayout.of(innerLater());
        assertThat(layout.nearest(layout.x(3) + 2)).isEqualTo(3);
        assertThat(layout.nearest(layout.x(3) - 2)).isEqualTo(3);
        assertThat(layout.nearest(-100)).isZero();
        assertThat(layout.nearest(1e9)).isEqualTo(layout.size() - 1);
    }

    @Test
    void playhead_standsOnTheLastEventShown() throws Exception {
        // If three events are shown, then the playhead stands on the third.
        TimelineLayout layout = TimelineLayout.of(innerLater());
        assertThat(layout.playheadX(3)).isEqualTo(layout.x(2));
        assertThat(layout.playheadX(0)).isLessThan(layout.x(0));
    }
}
