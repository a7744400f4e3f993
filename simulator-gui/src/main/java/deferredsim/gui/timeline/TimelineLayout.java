package deferredsim.gui.timeline;

import deferredsim.core.reading.ClockCall;
import deferredsim.core.reading.EventFamily;
import deferredsim.core.reading.Reading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which track each event of a run sits on: one per deferred the event is mainly about ({@link
 * Reading#subject(int)}), one per process of a reactor run, and one for the clock's own calls, in
 * the order they first appear. Where an event sits along the axis is the {@link TimeAxis}'s
 * business. Immutable; built by {@link #of(Reading)} in one pass.
 */
public final class TimelineLayout {
    /** The track of the clock's own calls ({@code reactor.callLater}): always track 0. */
    public static final String REACTOR_TRACK = "reactor";
    /** The track for events about no deferred and no process. */
    public static final String OTHER_TRACK = "other";

    private final Reading reading;
    private final int[] tracks;
    private final List<String> trackNames;

    /** A clock call's life: scheduled at event {@code from}, ran or was cancelled at event {@code to} (-1: neither). */
    public record Span(int call, String description, int from, int to, boolean cancelled) {}

    private final List<Span> spans;

    private TimelineLayout(Reading reading, int[] tracks, List<String> trackNames, List<Span> spans) {
        this.reading = reading;
        this.tracks = tracks;
        this.trackNames = List.copyOf(trackNames);
        this.spans = List.copyOf(spans);
    }

    /** Lays out every event of {@code reading}'s run on its track. */
    public static TimelineLayout of(Reading reading) {
        int n = reading.size();
        int[] tracks = new int[n];
        Map<String, Integer> trackOf = new LinkedHashMap<>();
        trackOf.put(REACTOR_TRACK, 0);
        for (int i = 0; i < n; i++) {
            tracks[i] = trackOf.computeIfAbsent(trackName(reading, i), k -> trackOf.size());
        }
        List<Span> spans = new ArrayList<>();
        for (ClockCall call : reading.clockCalls()) {
            int end = call.ran() >= 0 ? call.ran() : call.cancelled();
            spans.add(new Span(call.id(), call.description(), call.scheduled(), end, call.cancelled() >= 0));
        }
        return new TimelineLayout(reading, tracks, new ArrayList<>(trackOf.keySet()), spans);
    }

    private static String trackName(Reading reading, int i) {
        if (reading.family(i) == EventFamily.CLOCK) {
            return REACTOR_TRACK;
        }
        return reading.subject(i).or(() -> reading.reactor().who(i)).orElse(OTHER_TRACK);
    }

    /** The reading of the run laid out. */
    public Reading reading() {
        return reading;
    }

    /** The number of events. */
    public int size() {
        return tracks.length;
    }

    /** The track of event {@code index}. */
    public int track(int index) {
        return tracks[index];
    }

    /** Track names, top to bottom: the clock's first, then deferreds and processes in order of first appearance. */
    public List<String> trackNames() {
        return trackNames;
    }

    /** The clock's calls from scheduling to running (or cancelling). */
    public List<Span> spans() {
        return spans;
    }
}
