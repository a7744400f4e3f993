package deferredsim.gui.playback;

import java.util.Arrays;
import java.util.Locale;

/**
 * Frame intervals measured from animation-pulse timestamps, for the speed figures: how long each
 * frame took from the previous pulse to this one. Holds the most recent {@code capacity}
 * intervals.
 */
public final class FrameStats {
    private final long[] intervals;
    private int count;
    private long last = -1;

    /** Keeps up to {@code capacity} intervals. */
    public FrameStats(int capacity) {
        this.intervals = new long[capacity];
    }

    /** Records a pulse at {@code nanos} (AnimationTimer's {@code now}). */
    public void pulse(long nanos) {
        if (last >= 0 && count < intervals.length) {
            intervals[count++] = nanos - last;
        }
        last = nanos;
    }

    /** Ends a run of pulses: the next pulse starts a new run instead of counting the pause as a frame. */
    public void breakSequence() {
        last = -1;
    }

    /** Forgets everything, including the last pulse. */
    public void reset() {
        count = 0;
        last = -1;
    }

    /** Intervals recorded so far. */
    public int count() {
        return count;
    }

    /** The {@code p}-th percentile (0–100) of the intervals in milliseconds; 0 with none. */
    public double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }

    /** {@code frames=N p50=…ms p99=…ms max=…ms}. */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "frames=%d p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms",
                count,
                percentileMillis(50),
                percentileMillis(95),
                percentileMillis(99),
                percentileMillis(100));
    }
}
