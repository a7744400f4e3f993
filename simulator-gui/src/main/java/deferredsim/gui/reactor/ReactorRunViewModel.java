package deferredsim.gui.reactor;

import deferredsim.core.reading.Reading;
import deferredsim.core.reading.Words;
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
     * @param time the virtual time, e.g. {@code t=1.5}
     * @param who the process it belongs to ({@code program}, {@code server 10000}), or the deferred for engine events
     * @param text what happened: the reading's sentence for the event
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

    /** Shows the run {@code reading} titled {@code name}; the caller loads the same reading into playback. */
    public void load(String name, Reading reading) {
        List<Row> next = new ArrayList<>(reading.size());
        for (int i = 0; i < reading.size(); i++) {
            next.add(row(reading, i));
        }
        rows.set(List.copyOf(next));
        title.set(name);
    }

    /** Event {@code index} as a row: its process (or deferred) and the reading's sentence for it. */
    static Row row(Reading reading, int index) {
        String who =
                reading.reactor().who(index).or(() -> reading.subject(index)).orElse("clock");
        return new Row(index, Words.time(reading.time(index)), who, reading.sentence(index));
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
