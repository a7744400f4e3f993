package deferredsim.gui.timeline;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A time axis strictly to scale for one run, and a "same instant" band beside it in which the
 * events of each instant are fanned out.
 *
 * <p>{@link #x(Time)} is linear in virtual time ({@link #unitsPerSecond()}), so a 2 s sleep is
 * five times as wide as a 0.4 s one wherever it lies; stretches of time and events drawn at their
 * time use it ({@link #eventX(int)}). The events of one instant cannot be told apart by time, so
 * {@link #fanX(int)} places each instant's events one {@link #gap()} apart in the order they
 * happened, centred on the instant's time and pushed right only as far as needed to clear the
 * instant before: a view draws them in a band of its own, with each {@link Band} tied to its true
 * time.
 *
 * <p>Units are pixels of the view that made the axis. Immutable; {@link #of} costs one pass over
 * the events.
 */
public final class TimeAxis {
    /** Units from the axis's start to time 0 (or the first instant). */
    public static final double MARGIN = 24;
    /** The fewest and most units per second {@link #fit} chooses. */
    public static final double MIN_UNITS_PER_SECOND = 8;

    public static final double MAX_UNITS_PER_SECOND = 4000;

    /**
     * The events that happened at one instant: their true place {@code x} and the stretch of the
     * "same instant" band they are fanned out in.
     *
     * @param first the index of the first of them (in the order of the run)
     * @param count how many happened at this instant
     */
    public record Band(Time time, double x, double fanStart, double fanEnd, int first, int count) {
        /** True when more than one event happened at this instant. */
        public boolean shared() {
            return count > 1;
        }
    }

    private final double unitsPerSecond;
    private final double gap;
    private final Time origin;
    private final double[] eventX;
    private final double[] fanX;
    private final List<Band> bands;
    private final TreeMap<Time, Band> byTime = new TreeMap<>();
    private final int[] byFan;
    private final double width;

    private TimeAxis(double unitsPerSecond, double gap, Time origin, double[] eventX, double[] fanX, List<Band> bands) {
        this.unitsPerSecond = unitsPerSecond;
        this.gap = gap;
        this.origin = origin;
        this.eventX = eventX;
        this.fanX = fanX;
        this.bands = List.copyOf(bands);
        double right = MARGIN;
        for (Band band : bands) {
            byTime.put(band.time(), band);
            right = Math.max(right, Math.max(band.x(), band.fanEnd()));
        }
        Integer[] order = new Integer[fanX.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(fanX[a], fanX[b]));
        this.byFan = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        this.width = right + MARGIN;
    }

    /**
     * The axis of {@code reading}'s run with {@code unitsPerSecond} of virtual time and {@code gap}
     * units between two fanned-out events.
     */
    public static TimeAxis of(Reading reading, double unitsPerSecond, double gap) {
        int n = reading.size();
        TreeMap<Time, List<Integer>> instants = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            instants.computeIfAbsent(reading.time(i), t -> new ArrayList<>()).add(i);
        }
        Time origin = instants.isEmpty() || Time.ZERO.isBefore(instants.firstKey()) ? Time.ZERO : instants.firstKey();
        double[] xs = new double[n];
        double[] fans = new double[n];
        List<Band> bands = new ArrayList<>();
        double cleared = -Double.MAX_VALUE;
        for (var instant : instants.entrySet()) {
            double x = MARGIN + instant.getKey().minus(origin).toSecondsDouble() * unitsPerSecond;
            List<Integer> events = instant.getValue();
            double fanWidth = gap * events.size();
            double start = Math.max(Math.max(0, x - fanWidth / 2), cleared);
            for (int m = 0; m < events.size(); m++) {
                xs[events.get(m)] = x;
                fans[events.get(m)] = start + gap * (0.5 + m);
            }
            bands.add(new Band(instant.getKey(), x, start, start + fanWidth, events.get(0), events.size()));
            cleared = start + fanWidth + gap * 0.5;
        }
        return new TimeAxis(unitsPerSecond, gap, origin, xs, fans, bands);
    }

    /**
     * The units per second that fit {@code reading}'s run into {@code units}, within {@link
     * #MIN_UNITS_PER_SECOND} and {@link #MAX_UNITS_PER_SECOND}.
     */
    public static double fit(Reading reading, double units) {
        if (reading.size() == 0) {
            return 80;
        }
        Time first = reading.time(0);
        Time last = reading.time(0);
        for (int i = 1; i < reading.size(); i++) {
            Time t = reading.time(i);
            first = t.isBefore(first) ? t : first;
            last = last.isBefore(t) ? t : last;
        }
        Time origin = Time.ZERO.isBefore(first) ? Time.ZERO : first;
        double seconds = last.minus(origin).toSecondsDouble();
        if (seconds <= 0) {
            return 80;
        }
        return Math.max(MIN_UNITS_PER_SECOND, Math.min(MAX_UNITS_PER_SECOND, (units - 2 * MARGIN) / seconds));
    }

    /** Units per second of virtual time. */
    public double unitsPerSecond() {
        return unitsPerSecond;
    }

    /** Units between two fanned-out events. */
    public double gap() {
        return gap;
    }

    /** The number of events. */
    public int size() {
        return eventX.length;
    }

    /** Where {@code time} lies, to scale. */
    public double x(Time time) {
        return MARGIN + time.minus(origin).toSecondsDouble() * unitsPerSecond;
    }

    /** Where event {@code index} happened, to scale. */
    public double eventX(int index) {
        return eventX[index];
    }

    /** Where event {@code index} sits in the "same instant" band: fanned out with its instant's other events. */
    public double fanX(int index) {
        return fanX[index];
    }

    /** One band per instant at which something happened, in time order. */
    public List<Band> bands() {
        return bands;
    }

    /** The band of the instant {@code time}, or null when nothing happened then. */
    public Band band(Time time) {
        return byTime.get(time);
    }

    /** The axis length to scale alone: up to the last instant, without the fanned-out events. */
    public double scaleWidth() {
        return bands.isEmpty() ? 2 * MARGIN : bands.get(bands.size() - 1).x() + MARGIN;
    }

    /** The instant of the last event that happened at {@code at}, or the first instant at the start; null when none. */
    public Band instant(Playhead at) {
        if (bands.isEmpty()) {
            return null;
        }
        if (at.atStart()) {
            return bands.get(0);
        }
        double x = eventX[Math.min(at.position(), eventX.length) - 1];
        return nearestInstant(x);
    }

    /** The whole axis length, the fanned-out events included. */
    public double width() {
        return width;
    }

    /** The rank, left to right in the fan, of the first event at or right of {@code x} ({@link #size()} if none). */
    public int rankAtOrAfter(double x) {
        int lo = 0;
        int hi = byFan.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (fanX[byFan[mid]] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The event of rank {@code rank}, left to right in the fan. */
    public int eventAtRank(int rank) {
        return byFan[rank];
    }

    /** The event whose fanned-out place is nearest to {@code x}, or -1 when there are none. */
    public int nearestInFan(double x) {
        if (byFan.length == 0) {
            return -1;
        }
        int rank = Math.min(byFan.length - 1, rankAtOrAfter(x));
        int right = byFan[rank];
        int left = rank > 0 ? byFan[rank - 1] : right;
        return Math.abs(fanX[left] - x) <= Math.abs(fanX[right] - x) ? left : right;
    }

    /** The band whose true place is nearest to {@code x}, or null when nothing happened. */
    public Band nearestInstant(double x) {
        Band best = null;
        for (Band band : bands) {
            if (best == null || Math.abs(band.x() - x) < Math.abs(best.x() - x)) {
                best = band;
            }
        }
        return best;
    }

    /** Where the playhead stands at {@code at}, to scale: at the last event that happened, or at the start. */
    public double playheadX(Playhead at) {
        if (at.atStart() || eventX.length == 0) {
            return MARGIN / 2;
        }
        return eventX[Math.min(at.position(), eventX.length) - 1];
    }

    /** Where the playhead stands in the fan: on the last event that happened, or before the first. */
    public double playheadFanX(Playhead at) {
        if (fanX.length == 0) {
            return MARGIN / 2;
        }
        if (at.atStart()) {
            return Math.max(0, bands.get(0).fanStart() - gap / 2);
        }
        return fanX[Math.min(at.position(), fanX.length) - 1];
    }

    /** Round times for ticks, at least {@code minUnits} apart. */
    public List<Time> ticks(double minUnits) {
        List<Time> ticks = new ArrayList<>();
        if (bands.isEmpty()) {
            return ticks;
        }
        double step = roundStep(minUnits / unitsPerSecond);
        double first = origin.toSecondsDouble();
        double last = bands.get(bands.size() - 1).time().toSecondsDouble();
        long k0 = (long) Math.ceil(first / step - 1e-9);
        long k1 = (long) Math.floor(last / step + 1e-9);
        for (long k = k0; k <= k1 && ticks.size() < 10_000; k++) {
            ticks.add(Time.ofSeconds(java.math.BigDecimal.valueOf(step).multiply(java.math.BigDecimal.valueOf(k))));
        }
        return ticks;
    }

    private static double roundStep(double seconds) {
        double[] steps = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300
        };
        for (double s : steps) {
            if (s >= seconds) {
                return s;
            }
        }
        return 600;
    }
}
