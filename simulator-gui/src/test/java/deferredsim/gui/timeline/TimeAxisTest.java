package deferredsim.gui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.time.Time;
import org.junit.jupiter.api.Test;

/** The time axis: to scale between instants, the events of one instant fanned out in a band of their own. */
class TimeAxisTest {
    private static Reading innerLater() throws Exception {
        return Reading.of(Simulation.run(ScenarioReader.read(
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [[\"defer"
                        + " x\", \"p\"], [\"r after\", \"p\"]], \"fire\": {\"method\": \"callback\", \"value\":"
                        + " \"start\", \"after\": 0}},{\"name\": \"x\", \"chain\": [], \"fire\": {\"method\":"
                        + " \"callback\", \"value\": \"inner\", \"after\": 2}}]}")));
    }

    @Test
    void eventsAtOneInstant_areFannedOutInTheirOwnBandAtTheirTrueTime() throws Exception {
        // If several events happen at t=0, then all stand at t=0 on the axis and are fanned out one gap apart, in
        // order, in a band marked as shared.
        Reading reading = innerLater();
        TimeAxis axis = TimeAxis.of(reading, 100, 10);
        TimeAxis.Band zero = axis.band(Time.ZERO);
        assertThat(zero.shared()).isTrue();
        assertThat(axis.eventX(1)).isEqualTo(axis.eventX(0)).isEqualTo(axis.x(Time.ZERO));
        assertThat(axis.fanX(1) - axis.fanX(0)).isEqualTo(10);
        for (int i = zero.first(); i < zero.first() + zero.count(); i++) {
            assertThat(axis.fanX(i)).isBetween(zero.fanStart(), zero.fanEnd());
        }
    }

    @Test
    void distances_areExactlyTheTimeBetweenToScale() throws Exception {
        // When the clock moves from 0 to 2, then the axis moves by exactly two seconds' worth, and the fan of t=2
        // starts clear of the fan of t=0.
        TimeAxis axis = TimeAxis.of(innerLater(), 100, 10);
        Time two = Time.ofSeconds(2);
        assertThat(axis.x(two) - axis.x(Time.ZERO)).isEqualTo(200);
        assertThat(axis.x(Time.ofSeconds(1)) - axis.x(Time.ZERO)).isEqualTo(100);
        assertThat(axis.band(two).fanStart())
                .isGreaterThanOrEqualTo(axis.band(Time.ZERO).fanEnd());
    }

    @Test
    void fit_makesTheWholeRunFitTheRoom() throws Exception {
        // If the view is 800 units wide, then the last instant of the fitted axis lies within it.
        Reading reading = innerLater();
        TimeAxis axis = TimeAxis.of(reading, TimeAxis.fit(reading, 800), 10);
        assertThat(axis.eventX(reading.size() - 1)).isLessThanOrEqualTo(800);
    }

    @Test
    void nearestAndPlayhead_findEvents() throws Exception {
        // When the learner clicks next to an event in the fan, then it is the nearest; the playhead stands on the last
        // event shown.
        TimeAxis axis = TimeAxis.of(innerLater(), 100, 10);
        assertThat(axis.nearestInFan(axis.fanX(3) + 2)).isEqualTo(3);
        assertThat(axis.nearestInFan(-100)).isZero();
        assertThat(axis.playheadFanX(new Playhead(3))).isEqualTo(axis.fanX(2));
        assertThat(axis.playheadFanX(Playhead.START)).isLessThan(axis.fanX(0));
    }
}
