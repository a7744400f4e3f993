package deferredsim.gui.reactor;

import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.gui.events.EventText;
import deferredsim.gui.playback.PlaybackViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A reactor run as rows of text that follow the playback position: {@link #rowsProperty()} holds
 * every event of the recording as a {@link Row}; a view shows the first {@link
 * #positionProperty()} of them (the events that have happened so far) and marks the last as
 * current. Toolkit-free; {@link #load} replaces the run.
 */
public final class ReactorRunViewModel {
    /**
     * One event as a row.
     *
     * @param index the event's index in the recording
     * @param time the virtual time, e.g. {@code 1.5s}
     * @param who the process it belongs to ({@code program}, {@code server 10000}), or the deferred for engine events
     * @param text what happened, in words when the window knows the event, else its trace line
     */
    public record Row(int index, String time, String who, String text) {
        public Row {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(text, "text");
        }
    }

    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    /** A model that follows {@code playback}'s position; empty until {@link #load}. */
    public ReactorRunViewModel(PlaybackViewModel playback) {
        this.playback = playback;
    }

    /** Shows {@code recording} titled {@code name}; the caller loads the same recording into playback. */
    public void load(String name, Recording recording) {
        List<Row> next = new ArrayList<>(recording.size());
        for (int i = 0; i < recording.size(); i++) {
            next.add(row(i, recording.events().get(i)));
        }
        rows.set(List.copyOf(next));
        title.set(name);
    }

    static Row row(int index, SimEvent event) {
        String time = event.time().toString();
        if (event instanceof SimEvent.ReactorEvent) {
            SimEvent.ReactorEvent reactor = (SimEvent.ReactorEvent) event;
            return new Row(index, time, reactor.who(), reactorText(reactor));
        }
        String who = EventText.deferredOf(event);
        String words = EventText.describe(event).replaceFirst("^t=\\S+\\s+", "");
        return new Row(index, time, who == null ? "" : who, words);
    }

    /**
     * The event's kind and then its own fields from the trace line, without the JSON punctuation:
     * {@code {"t":1,"who":"program","event":"print","text":"hi"}} becomes {@code print  text: hi}.
     */
    static String reactorText(SimEvent.ReactorEvent event) {
        String line = event.traceLine();
        String marker = "\"event\":\"" + event.kind() + "\"";
        int at = line.indexOf(marker);
        if (at < 0) {
            return line;
        }
        String rest = line.substring(at + marker.length());
        rest = rest.endsWith("}") ? rest.substring(0, rest.length() - 1) : rest;
        if (rest.startsWith(",")) {
            rest = rest.substring(1);
        }
        String fields = rest.replaceAll("\"([A-Za-z_]+)\":", "$1: ")
                .replaceAll(",(?=[A-Za-z_]+: )", "   ")
                .replaceAll("\"([^\"\\\\]*)\"", "$1");
        return fields.isEmpty() ? event.kind() : event.kind() + "   " + fields;
    }

    /** Every event of the run, in order. */
    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public List<Row> getRows() {
        return rows.get();
    }

    /** How many rows have happened (the playback position). */
    public ReadOnlyIntegerProperty positionProperty() {
        return playback.positionProperty();
    }

    /** The rows that have happened so far, oldest first. */
    public List<Row> shown() {
        return rows.get().subList(0, Math.min(playback.getPosition(), rows.get().size()));
    }

    /** The scenario's name, e.g. {@code Lesson 1: blocking vs asynchronous}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
