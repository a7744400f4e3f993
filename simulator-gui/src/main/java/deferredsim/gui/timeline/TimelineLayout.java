package deferredsim.gui.timeline;

import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import deferredsim.gui.events.EventKind;
import deferredsim.gui.events.EventText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each event of a recording sits on the timeline, in units (pixels at zoom 1): {@link
 * #x(int)} along the axis and {@link #track(int)} across it. Immutable; built by {@link
 * #of(Recording)} in one pass.
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
    /** The track for events about no deferred that the window does not know. */
    public static final String OTHER_TRACK = "other";

    private final List<SimEvent> events;
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
            List<SimEvent> events,
            double[] xs,
            int[] tracks,
            List<String> trackNames,
            List<Tick> ticks,
            List<Span> spans,
            double width) {
        this.events = events;
        this.xs = xs;
        this.tracks = tracks;
        this.trackNames = List.copyOf(trackNames);
        this.ticks = List.copyOf(ticks);
        this.spans = List.copyOf(spans);
        this.width = width;
    }

    /** Lays out every event of {@code recording}. */
    public static TimelineLayout of(Recording recording) {
        List<SimEvent> events = recording.events();
        int n = events.size();
        double[] xs = new double[n];
        int[] tracks = new int[n];
        Map<String, Integer> trackOf = new LinkedHashMap<>();
        trackOf.put(REACTOR_TRACK, 0);
        List<Tick> ticks = new ArrayList<>();
        Map<Integer, double[]> open = new HashMap<>();
        Map<Integer, String> openText = new HashMap<>();
        List<Span> spans = new ArrayList<>();
        double x = EVENT_GAP;
        Time previous = null;
        for (int i = 0; i < n; i++) {
            SimEvent e = events.get(i);
            if (previous == null || !previous.equals(e.time())) {
                if (previous != null) {
                    double seconds = e.time().minus(previous).toSecondsDouble();
                    x += Math.max(MIN_TIME_GAP, Math.min(MAX_TIME_GAP, seconds * UNITS_PER_SECOND));
                }
                ticks.add(new Tick(e.time(), x, i));
                previous = e.time();
            } else {
                x += EVENT_GAP;
            }
            xs[i] = x;
            tracks[i] = trackOf.computeIfAbsent(trackName(e), k -> trackOf.size());
            spanEvent(e, x, open, openText, spans);
        }
        for (Map.Entry<Integer, double[]> left : open.entrySet()) {
            spans.add(new Span(left.getKey(), openText.get(left.getKey()), left.getValue()[0], -1, false));
        }
        return new TimelineLayout(
                events, xs, tracks, new ArrayList<>(trackOf.keySet()), ticks, spans, x + EVENT_GAP * 2);
    }

    private static String trackName(SimEvent e) {
        if (EventKind.of(e) == EventKind.CLOCK) {
            return REACTOR_TRACK;
        }
        String deferred = EventText.deferredOf(e);
        return deferred != null ? deferred : OTHER_TRACK;
    }

    private static void spanEvent(
            SimEvent e, double x, Map<Integer, double[]> open, Map<Integer, String> text, List<Span> spans) {
        if (e instanceof SimEvent.DelayedCallScheduled) {
            SimEvent.DelayedCallScheduled s = (SimEvent.DelayedCallScheduled) e;
            open.put(s.call(), new double[] {x});
            text.put(s.call(), s.description());
        } else if (e instanceof SimEvent.DelayedCallRan || e instanceof SimEvent.DelayedCallCancelled) {
            int call = e instanceof SimEvent.DelayedCallRan
                    ? ((SimEvent.DelayedCallRan) e).call()
                    : ((SimEvent.DelayedCallCancelled) e).call();
            double[] from = open.remove(call);
            if (from != null) {
                spans.add(new Span(call, text.remove(call), from[0], x, e instanceof SimEvent.DelayedCallCancelled));
            }
        }
    }

    /** The number of events. */
    public int size() {
        return xs.length;
    }

    /** The event at {@code index}. */
    public SimEvent event(int index) {
        return events.get(index);
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
