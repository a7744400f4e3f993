package deferredsim.cli.reactor;

import deferredsim.core.time.Time;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Maps virtual time onto the columns of a text chart: each column stands for one {@link #step()}
 * of time, a round step (0.1, 0.25, 0.5, 1, 2, 5 … s) chosen so the whole run fits the width.
 */
final class TimeScale {
    private static final long[] STEPS_MILLIS = {
        10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000,
        250_000, 500_000, 1_000_000, 2_000_000, 5_000_000
    };

    private static final int LABEL_EVERY = 10;

    private final long stepNanos;
    private final int columns;

    private TimeScale(long stepNanos, int columns) {
        this.stepNanos = stepNanos;
        this.columns = columns;
    }

    /** A scale on which {@code end} fits in at most {@code width} columns (at least one column). */
    static TimeScale fitting(Time end, int width) {
        long nanos = Math.max(end.nanos(), 1);
        for (long millis : STEPS_MILLIS) {
            long step = millis * 1_000_000L;
            long needed = (nanos + step - 1) / step;
            if (needed <= width) {
                return new TimeScale(step, (int) Math.max(needed, 1));
            }
        }
        long step = STEPS_MILLIS[STEPS_MILLIS.length - 1] * 1_000_000L;
        return new TimeScale(step, (int) Math.min(width, (nanos + step - 1) / step));
    }

    /** How many columns the chart has. */
    int columns() {
        return columns;
    }

    /** The time one column stands for. */
    Time step() {
        return Time.ofNanos(stepNanos);
    }

    /** The column whose span holds {@code t} (the last column for the end itself). */
    int column(Time t) {
        return (int) Math.min(columns - 1, t.nanos() / stepNanos);
    }

    /** The start of column {@code column}. */
    Time start(int column) {
        return Time.ofNanos(column * stepNanos);
    }

    /** A row of blanks, one per column. */
    char[] blank() {
        char[] row = new char[columns];
        Arrays.fill(row, ' ');
        return row;
    }

    /**
     * Fills the columns whose start lies in [{@code from}, {@code to}) with {@code mark}, but not past
     * {@code now}; a span shorter than a column still marks the column it starts in.
     */
    void fill(char[] row, Time from, Time to, Time now, char mark) {
        Time end = now.isBefore(to) ? now : to;
        if (end.isBefore(from) || (end.equals(from) && !from.equals(to))) {
            return;
        }
        int first = column(from);
        int last = end.equals(from) ? first : column(Time.ofNanos(Math.max(end.nanos() - 1, from.nanos())));
        for (int c = first; c <= last && c < columns; c++) {
            row[c] = mark;
        }
    }

    /** The axis: a tick every few columns, labelled with its time in seconds. */
    String axis() {
        StringBuilder labels = new StringBuilder(new String(blank()));
        for (int c = 0; c < columns; c += LABEL_EVERY) {
            String label = new BigDecimal(start(c).seconds().toPlainString())
                    .stripTrailingZeros()
                    .toPlainString();
            if (c + label.length() <= columns) {
                labels.replace(c, c + label.length(), label);
            }
        }
        return labels.toString().stripTrailing();
    }

    /** The legend of the scale: {@code 1 column = 0.25 s}. */
    String legend() {
        return "1 column = " + step() + " s";
    }
}
