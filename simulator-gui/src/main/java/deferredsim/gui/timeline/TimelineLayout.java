package deferredsim.gui.timeline;

import deferredsim.core.reading.ClockCall;
import deferredsim.core.reading.EventFamily;
import deferredsim.core.reading.Reading;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each event of a recording sits on the timeline, in units (pixels at zoom 1): {@link
 * #x(int)} along the axis and {@link #track(int)} across it: one track per deferred the event is
 * mainly about ({@link Reading#subject(int)}), per process of a reactor run, and one for the
 * clock's own calls. Immutable; built by {@link #of(Reading)} in one pass.
 */
public final class TimelineLayout {
    /** Units between events at the same virtual time. */
    public static final double EVENT_GAP = 18;
    /** Units per second of virtual time between different times, before clamping. */
    public static final double UNITS_PER_SECOND = 80;
    /** The least and most units a change of virtual time adds. */
    public static final double MIN_TIME_GAP = 30;

    public static final double MAX_TIME_GAP = 320;
    /** The track for the reactor's delayed calls (always track 0). */
    public static final String REACTOR_TRACK = "reactor";
    /** The track for events about no deferred and no process. */
    public static final String OTHER_TRACK = "other";

    private final Reading reading;
    private final double[] xs;
    private final int[] tracks;
    private final List<String> trackNames;
    private final List<Tick> ticks;
    private final List<Span> spans;
    private final double width;

    /** A labelled time on the axis: {@code time} starts at {@code x}. */
    public record Tick(Time time, double x, int firstEvent) {}

    /** A delayed call's life: scheduled at {@code fromX}, ran or was cancelled at {@code toX} (-1 if neither). */
    public record Span(int call, String description, double fromX, double toX, boolean cancelled) {}

    private TimelineLayout(
            Reading reading,
            double[] xs,
            int[] tracks,
            List<String> trackNames,
            List<Tick> ticks,
            List<Span> spans,
            double width) {
        this.reading = reading;
        this.xs = xs;
        this.tracks = tracks;
        this.trackNames = List.copyOf(trackNames);
        this.ticks = List.copyOf(ticks);
        this.spans = List.copyOf(spans);
        this.width = width;
    }

    /** Lays out every event of {@code reading}'s run. */
    public static TimelineLayout of(Reading reading) {
        int n = reading.size();
        double[] xs = new double[n];
        int[] tracks = new int[n];
        Map<String, Integer> trackOf = new LinkedHashMap<>();
        trackOf.put(REACTOR_TRACK, 0);
        List<Tick> ticks = new ArrayList<>();
        double x = EVENT_GAP;
        Time previous = null;
        for (int i = 0; i < n; i++) {
            Time time = reading.time(i);
            if (previous == null || !previous.equals(time)) {
                if (previous != null) {
                    double seconds = time.minus(previous).toSecondsDouble();
                    x += Math.max(MIN_TIME_GAP, Math.min(MAX_TIME_GAP, seconds * UNITS_PER_SECOND));
                }
                ticks.add(new Tick(time, x, i));
                previous = time;
            } else {
                x += EVENT_GAP;
            }
            xs[i] = x;
            tracks[i] = trackOf.computeIfAbsent(trackName(reading, i), k -> trackOf.size());
        }
        List<Span> spans = new ArrayList<>();
        for (ClockCall call : reading.clockCalls()) {
            int end = call.ran() >= 0 ? call.ran() : call.cancelled();
            spans.add(new Span(
                    call.id(),
                    call.description(),
                    xs[call.scheduled()],
                    end < 0 ? -1 : xs[end],
                    call.cancelled() >= 0));
        }
        return new TimelineLayout(
                reading, xs, tracks, new ArrayList<>(trackOf.keySet()), ticks, spans, x + EVENT_GAP * 2);
    }

    private static String trackName(Reading reading, int i) {
        if (reading.family(i) == EventFamily.CLOCK) {
            return REACTOR_TRACK;
        }
        return reading.subject(i).or(() -> reading.reactor().who(i)).orElse(OTHER_TRACK);
    }

    /** The number of events. */
    public int size() {
        return xs.length;
    }

    /** The reading of the run laid out. */
    public Reading reading() {
        return reading;
    }

    /** The axis position of event {@code index}, in units. */
    public double x(int index) {
        return xs[index];
    }

    /** The track of event {@code index}. */
    public int track(int index) {
        return tracks[index];
    }

    /** Track names, top to bottom: the reactor first, then deferreds in order of first appearance. */
    public List<String> trackNames() {
        return trackNames;
    }

    /** One tick per distinct virtual time, left to right. */
    public List<Tick> ticks() {
        return ticks;
    }

    /** Delayed calls from scheduling to running (or cancelling). */
    public List<Span> spans() {
        return spans;
    }

    /** The whole axis length in units. */
    public double width() {
        return width;
    }

    /** The index of the first event at or right of {@code unitX} (may be {@link #size()}). */
    public int firstAtOrAfter(double unitX) {
        int found = Arrays.binarySearch(xs, unitX);
        if (found >= 0) {
            while (found > 0 && xs[found - 1] == unitX) {
                found--;
            }
            return found;
        }
        return -found - 1;
    }

    /** The event nearest to {@code unitX}, or -1 when there are none. */
    public int nearest(double unitX) {
        if (xs.length == 0) {
            return -1;
        }
        int right = Math.min(xs.length - 1, firstAtOrAfter(unitX));
        int left = Math.max(0, right - 1);
        return Math.abs(xs[left] - unitX) <= Math.abs(xs[right] - unitX) ? left : right;
    }

    /** Where the playhead stands after {@code position} events: on the last event shown, or before the first. */
    public double playheadX(int position) {
        if (position <= 0 || xs.length == 0) {
            return EVENT_GAP / 2;
        }
        return xs[Math.min(position, xs.length) - 1];
    }
}
