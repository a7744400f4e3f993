package deferredsim.gui.reactor;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.ReactorReading;
import deferredsim.core.reading.Reading;
import deferredsim.gui.playback.PlaybackViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A reactor run (Parts 1–8) as the window shows it: its reading, its title, the playhead, each
 * process's status at the playhead (the reading's words, {@code ProcessSnapshot.status()}), and
 * what a screen reader says for the picture. {@link #seekTo(int)} is the click intent. The time
 * scale is the timeline's, so both axes zoom together. Toolkit-free.
 */
public final class ReactorViewModel {
    private final PlaybackViewModel playback;
    private final ReadOnlyDoubleProperty timeScale;
    private final ReadOnlyObjectWrapper<Reading> reading = new ReadOnlyObjectWrapper<>(this, "reading");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyObjectWrapper<Map<String, String>> processStates =
            new ReadOnlyObjectWrapper<>(this, "processStates", Map.of());
    private final ReadOnlyStringWrapper accessibleText = new ReadOnlyStringWrapper(this, "accessibleText", "");

    /** Follows {@code playback}'s playhead; the time axis zooms with {@code timeScale}. */
    public ReactorViewModel(PlaybackViewModel playback, ReadOnlyDoubleProperty timeScale) {
        this.playback = playback;
        this.timeScale = timeScale;
        reading.set(playback.getReading());
        playback.playheadProperty().addListener((obs, old, now) -> update());
    }

    /** Shows the run {@code next} titled {@code name}; the caller loads the same reading into playback. */
    public void load(String name, Reading next) {
        title.set(name);
        reading.set(next);
        update();
    }

    private void update() {
        Reading run = reading.get();
        Playhead at = new Playhead(Math.min(playback.getPlayhead().position(), run.size()));
        Map<String, String> states = new LinkedHashMap<>();
        List<String> said = new ArrayList<>();
        for (String who : run.reactor().processes()) {
            ReactorReading.ProcessSnapshot process = run.reactor().process(who, at);
            states.put(who, process.status());
            said.add(who + ": " + process.status());
        }
        processStates.set(Map.copyOf(states));
        accessibleText.set(
                "Reactor run " + title.get() + ". " + playback.getStatusText() + " " + String.join("; ", said) + ".");
    }

    /** Seeks so that event {@code index} is the last that happened. */
    public void seekTo(int index) {
        if (index >= 0) {
            playback.seek(index + 1);
        }
    }

    public ReadOnlyObjectProperty<Reading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public Reading getReading() {
        return reading.get();
    }

    /** The run's name, e.g. {@code Lesson scenario: two blocking clients}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The playhead. */
    public ReadOnlyObjectProperty<Playhead> playheadProperty() {
        return playback.playheadProperty();
    }

    /** How far the time axis is zoomed (the timeline's scale: 1 fits the run into the view). */
    public ReadOnlyDoubleProperty timeScaleProperty() {
        return timeScale;
    }

    /** Each process's status at the playhead, by name. */
    public ReadOnlyObjectProperty<Map<String, String>> processStatesProperty() {
        return processStates.getReadOnlyProperty();
    }

    /** What a screen reader says for the picture: the current event's sentence and every process's status. */
    public ReadOnlyStringProperty accessibleTextProperty() {
        return accessibleText.getReadOnlyProperty();
    }
}
