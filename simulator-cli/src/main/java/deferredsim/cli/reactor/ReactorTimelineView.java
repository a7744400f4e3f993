package deferredsim.cli.reactor;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.ReactorReading;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text timeline of a reactor scenario's recording: a pure function from a {@link Recording}
 * (and a position in it) to lines of text, for the terminal and the REPL's stepper.
 *
 * <p>It shows, for whatever the recording holds:
 *
 * <ul>
 *   <li>Part 1: each execution model's lanes as bars over time, with its total, CPU and idle time;
 *   <li>Parts 2, 4–8: each client's connections, a mark wherever bytes were read (the blocking
 *       client's rows follow one another, the asynchronous one's interleave);
 *   <li>Parts 3 and 8: each reactor's thread (blocked by a callback) and its timed calls, late
 *       ones marked;
 *   <li>then the log: one line per event (prints, timers, reactor states, protocol and function
 *       calls indented by call depth, Deferred firings and stages, logged errors), the current
 *       event marked with {@code >}.
 * </ul>
 *
 * <p>{@link #render(Recording, int)} draws the state just after event {@code index}: charts up to
 * that event's time (on the axis of the whole run, so it does not move while stepping) and the
 * log up to that event. Output is ASCII; nothing depends on the locale. Create one with {@link
 * #builder()}.
 */
public final class ReactorTimelineView {
    private static final int LABEL_WIDTH = 16;

    private final int width;
    private final int logLines;
    private final boolean details;

    private ReactorTimelineView(Builder builder) {
        this.width = builder.width;
        this.logLines = builder.logLines;
        this.details = builder.details;
    }

    /** A builder: width 100, the whole log, details left out. */
    public static Builder builder() {
        return new Builder();
    }

    /** The timeline of the whole run. */
    public List<String> render(Recording recording) {
        return recording.size() == 0 ? List.of("(nothing happened)") : render(recording, recording.size() - 1);
    }

    /**
     * The timeline as it stands just after event {@code index}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not an event of the recording
     */
    public List<String> render(Recording recording, int index) {
        return render(Reading.of(recording), Playhead.after(index));
    }

    /**
     * The timeline as it stands at {@code at} (at least one event in: the start shows the first).
     *
     * @throws IndexOutOfBoundsException if {@code at} lies beyond the recording's end
     */
    public List<String> render(Reading reading, Playhead at) {
        if (at.position() > reading.size()) {
            throw new IndexOutOfBoundsException("playhead " + at.position() + " is beyond " + reading.size());
        }
        int index = Math.max(0, at.lastEvent());
        Playhead shown = Playhead.after(index);
        ReactorReading reactor = reading.reactor();
        Time now = reading.time(index);
        Time end = reading.time(reading.size() - 1);
        TimeScale scale = TimeScale.fitting(end, Math.max(10, width - LABEL_WIDTH - 1));
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "t = %s s   event %d of %d", now, index + 1, reading.size()));
        if (LaneChart.applies(reactor)) {
            section(
                    lines,
                    "execution models, " + scale.legend(),
                    LaneChart.render(reactor, shown, now, scale, LABEL_WIDTH));
        }
        if (ServerChart.applies(reactor)) {
            section(
                    lines,
                    "bytes sent, " + scale.legend(),
                    ServerChart.render(reading, shown, now, scale, LABEL_WIDTH));
        }
        if (ArrivalChart.applies(reactor)) {
            section(
                    lines,
                    "bytes arriving, " + scale.legend(),
                    ArrivalChart.render(reactor, shown, now, scale, LABEL_WIDTH));
        }
        if (ThreadChart.applies(reactor)) {
            section(
                    lines,
                    "reactor thread and timers, " + scale.legend(),
                    ThreadChart.render(reactor, shown, now, scale, LABEL_WIDTH));
        }
        lines.add("");
        lines.add("-- log" + (details ? "" : " (sends, reads and wake-ups are in the charts)") + " --");
        lines.addAll(log(reading, index));
        lines.replaceAll(line -> Text.cut(line, width));
        return lines;
    }

    private void section(List<String> lines, String title, List<String> body) {
        lines.add("");
        lines.add("-- " + title + " --");
        for (String line : body) {
            lines.add(Text.cut(line, width));
        }
    }

    private List<String> log(Reading reading, int index) {
        int whoWidth = 8;
        for (int i = 0; i < reading.size(); i++) {
            whoWidth = Math.max(whoWidth, Math.min(26, EventLog.who(reading, i).length()));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i <= index; i++) {
            if (!details && EventLog.isDetail(reading, i) && i != index) {
                continue;
            }
            String line = String.format(
                    Locale.ROOT,
                    "%s%7s  %s %s",
                    i == index ? ">" : " ",
                    reading.time(i),
                    Text.pad(EventLog.who(reading, i), whoWidth),
                    EventLog.describe(reading, i));
            lines.add(Text.cut(line, width));
        }
        return logLines > 0 && lines.size() > logLines ? lines.subList(lines.size() - logLines, lines.size()) : lines;
    }

    /** Options of a {@link ReactorTimelineView}. */
    public static final class Builder {
        private int width = 100;
        private int logLines;
        private boolean details;

        private Builder() {}

        /** Total line width (at least 40); a terminal's width, or 100 when unknown. */
        public Builder width(int width) {
            if (width < 40) {
                throw new IllegalArgumentException("a timeline needs at least 40 columns");
            }
            this.width = width;
            return this;
        }

        /** Shows only the last {@code lines} log lines (0: all), as a stepping view wants. */
        public Builder logLines(int lines) {
            this.logLines = Math.max(0, lines);
            return this;
        }

        /** Also logs every send, read, wake-up and lane segment. */
        public Builder details(boolean details) {
            this.details = details;
            return this;
        }

        /** The view. */
        public ReactorTimelineView build() {
            return new ReactorTimelineView(this);
        }
    }
}
