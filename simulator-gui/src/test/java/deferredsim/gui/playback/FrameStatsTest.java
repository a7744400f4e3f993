package deferredsim.gui.playback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameStatsTest {
    @Test
    void percentile_readsIntervalsBetweenPulses() {
        // If pulses come every 16 ms with one 40 ms gap among 100, then p50 is 16 ms and the maximum is 40 ms.
        FrameStats stats = new FrameStats(1000);
        long t = 0;
        stats.pulse(t);
        for (int i = 0; i < 100; i++) {
            t += i == 50 ? 40_000_000L : 16_000_000L;
            stats.pulse(t);
        }
        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.percentileMillis(50)).isEqualTo(16.0);
        assertThat(stats.percentileMillis(100)).isEqualTo(40.0);
    }

    @Test
    void breakSequence_doesNotCountThePause() {
        // When playback pauses between pulses, then the pause is not counted as a frame.
        FrameStats stats = new FrameStats(10);
        stats.pulse(0);
        stats.pulse(16_000_000L);
        stats.breakSequence();
        stats.pulse(5_000_000_000L);
        stats.pulse(5_016_000_000L);
        assertThat(stats.count()).isEqualTo(2);
        assertThat(stats.percentileMillis(100)).isEqualTo(16.0);
    }
}
