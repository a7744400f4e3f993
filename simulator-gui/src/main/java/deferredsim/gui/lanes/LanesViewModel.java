package deferredsim.gui.lanes;

import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.Scenario;
import deferredsim.gui.events.EventText;
import deferredsim.gui.playback.PlaybackViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The lanes' model: the {@link LaneIndex} of the scenario on show, the playback position, and
 * derived read-only facts the window shows in words: {@link #summaryProperty()} (where each
 * deferred stands) and {@link #focusProperty()} (the deferred the last event is about, which the
 * view keeps in sight).
 */
public final class LanesViewModel {
    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<LaneIndex> index = new ReadOnlyObjectWrapper<>(this, "index", LaneIndex.EMPTY);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper focus = new ReadOnlyStringWrapper(this, "focus");

    /** Follows {@code playback}'s position. */
    public LanesViewModel(PlaybackViewModel playback) {
        this.playback = playback;
        playback.positionProperty().addListener((obs, old, now) -> update());
    }

    /**
     * Shows {@code scenario} and its {@code recording}; call right after handing the recording to
     * the playback model, so the position and the index agree.
     */
    public void load(Scenario scenario, Recording recording) {
        index.set(LaneIndex.of(scenario, recording));
        update();
    }

    private void update() {
        int position = Math.min(playback.getPosition(), index.get().eventCount());
        List<String> parts = new ArrayList<>();
        for (Column column : index.get().columns()) {
            parts.add(describe(column, column.history().at(position)));
        }
        summary.set(String.join("   ·   ", parts));
        SimEvent event = position == 0 || playback.getRecording().size() < position
                ? null
                : playback.getRecording().get(position - 1);
        focus.set(event == null ? null : EventText.deferredOf(event));
    }

    /** {@code d: waiting on x}, {@code d: has result ok*}, ... */
    static String describe(Column column, ColumnState s) {
        StringBuilder out = new StringBuilder(column.name()).append(": ");
        if (s.status() == ColumnStatus.WAITING && s.waitingOn() != null) {
            out.append("waiting on ").append(s.waitingOn());
        } else if (s.status() == ColumnStatus.SETTLED) {
            out.append("result ").append(s.tokenText());
        } else if (s.status() == ColumnStatus.RUNNING && s.hasToken()) {
            out.append("running, carrying ").append(s.tokenText());
        } else {
            out.append(s.status().words());
        }
        if (s.pauses() > 0) {
            out.append(" (paused)");
        }
        if (s.cancelled()) {
            out.append(" (cancelled)");
        }
        if (s.unhandled()) {
            out.append(" (unhandled error)");
        }
        return out.toString();
    }

    public ReadOnlyObjectProperty<LaneIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public LaneIndex getIndex() {
        return index.get();
    }

    /** Event {@code index} of the recording on show, or null when there is no such event. */
    public SimEvent eventAt(int index) {
        return index >= 0 && index < playback.getRecording().size()
                ? playback.getRecording().get(index)
                : null;
    }

    /** The playback position the lanes show. */
    public ReadOnlyIntegerProperty positionProperty() {
        return playback.positionProperty();
    }

    /** Where every deferred stands, in one line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    /** The deferred the last event is about, or null. */
    public ReadOnlyStringProperty focusProperty() {
        return focus.getReadOnlyProperty();
    }
}
