package deferredsim.gui.lanes;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.scenario.Scenario;
import deferredsim.gui.playback.PlaybackViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The lanes' model: the {@link LaneIndex} of the run on show, the playhead, and derived read-only
 * facts the window shows in words, all from the run's {@link Reading}: {@link
 * #headerTextsProperty()} (each deferred's header status, exactly {@code
 * DeferredSnapshot.status()}), {@link #summaryProperty()} (the same, in one line) and {@link
 * #focusProperty()} (the deferred the last event is mainly about, which the view keeps in sight).
 */
public final class LanesViewModel {
    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<LaneIndex> index = new ReadOnlyObjectWrapper<>(this, "index", LaneIndex.EMPTY);
    private final ReadOnlyObjectWrapper<Playhead> playhead =
            new ReadOnlyObjectWrapper<>(this, "playhead", Playhead.START);
    private final ReadOnlyObjectWrapper<Map<String, String>> headerTexts =
            new ReadOnlyObjectWrapper<>(this, "headerTexts", Map.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper focus = new ReadOnlyStringWrapper(this, "focus");
    private final ReadOnlyStringWrapper accessibleText = new ReadOnlyStringWrapper(this, "accessibleText", "");
    private Scenario scenario;
    private Reading reading;
    private int across = Integer.MAX_VALUE;

    /** Follows {@code playback}'s playhead. */
    public LanesViewModel(PlaybackViewModel playback) {
        this.playback = playback;
        playback.playheadProperty().addListener((obs, old, now) -> update());
    }

    /**
     * Shows the run {@code reading} of {@code scenario} (null for a run without one, such as a
     * reactor program's); call right after handing the reading to the playback model.
     */
    public void load(Scenario scenario, Reading reading) {
        this.scenario = scenario;
        this.reading = reading;
        index.set(LaneIndex.of(scenario, reading, across));
        update();
    }

    /**
     * Lays the columns out with at most {@code columns} side by side (the rest wrap onto shelves
     * below): the view calls it with as many as its width holds. Does nothing when that changes
     * nothing for the run on show.
     */
    public void fitAcross(int columns) {
        int wanted = Math.max(1, columns);
        int count = index.get().columns().size();
        if (Math.min(wanted, count) == Math.min(across, count)) {
            across = wanted;
            return;
        }
        across = wanted;
        if (reading != null) {
            index.set(LaneIndex.of(scenario, reading, across));
            update();
        }
    }

    private void update() {
        LaneIndex lanes = index.get();
        Playhead at = new Playhead(Math.min(playback.getPlayhead().position(), lanes.eventCount()));
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (Column column : lanes.columns()) {
            String status = column.state(at).snapshot().status();
            headers.put(column.name(), status);
            parts.add(column.name() + ": " + status);
        }
        headerTexts.set(Map.copyOf(headers));
        summary.set(String.join("   ·   ", parts));
        focus.set(
                at.atStart() || lanes.reading() == null
                        ? null
                        : lanes.reading().subject(at.lastEvent()).orElse(null));
        String sentence = lanes.reading() == null
                ? ""
                : at.atStart()
                        ? lanes.reading().startSentence()
                        : lanes.reading().sentence(at.lastEvent());
        accessibleText.set("Callback and errback lanes. " + sentence + " " + String.join("; ", parts) + ".");
        playhead.set(at);
    }

    public ReadOnlyObjectProperty<LaneIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public LaneIndex getIndex() {
        return index.get();
    }

    /** The playhead the lanes show (the playback's, within this run). */
    public ReadOnlyObjectProperty<Playhead> playheadProperty() {
        return playhead.getReadOnlyProperty();
    }

    public Playhead getPlayhead() {
        return playhead.get();
    }

    /** Each deferred's header status at the playhead, by name: {@code DeferredSnapshot.status()}. */
    public ReadOnlyObjectProperty<Map<String, String>> headerTextsProperty() {
        return headerTexts.getReadOnlyProperty();
    }

    /** The header status of {@code name} at the playhead, or null when the lanes have no such column. */
    public String headerText(String name) {
        return headerTexts.get().get(name);
    }

    /** Where every deferred stands, in one line: {@code d: fired: ok   ·   x: pending}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    /** What a screen reader says for the lanes: the current event's sentence and every deferred's status. */
    public ReadOnlyStringProperty accessibleTextProperty() {
        return accessibleText.getReadOnlyProperty();
    }

    /** The deferred the last event is mainly about, or null. */
    public ReadOnlyStringProperty focusProperty() {
        return focus.getReadOnlyProperty();
    }
}
