package deferredsim.gui.app;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.trace.TraceWriter;
import deferredsim.gui.document.DocumentViewModel;
import deferredsim.gui.editor.EditorViewModel;
import deferredsim.gui.lanes.LanesViewModel;
import deferredsim.gui.playback.PlaybackViewModel;
import deferredsim.gui.theme.Theme;
import deferredsim.gui.timeline.TimelineViewModel;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The whole window's model: the feature models wired together. When the editor publishes a valid
 * scenario, the engine runs it once and the recording goes to the lanes, the timeline and playback;
 * while the editor has problems the last valid run stays on show and {@link #staleProperty()} says
 * so. Theme and zoom are the two settings views may write.
 */
public final class MainViewModel {
    /** The least and most zoom. */
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 3.0;

    private final EditorViewModel editor = new EditorViewModel();
    private final DocumentViewModel document = new DocumentViewModel(editor);
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final LanesViewModel lanes = new LanesViewModel(playback);
    private final TimelineViewModel timeline = new TimelineViewModel(playback);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);

    /** All models, showing the empty scenario. */
    public MainViewModel() {
        editor.scenarioProperty().addListener((obs, old, now) -> show(now));
        show(editor.getScenario());
    }

    private void show(Scenario scenario) {
        stale.set(scenario == null);
        if (scenario == null) {
            return;
        }
        Recording recording = Simulation.run(scenario);
        lanes.load(scenario, recording);
        playback.load(recording);
    }

    /** The canonical trace of the recording on show (what {@code deferred-sim trace} prints). */
    public String trace() {
        return TraceWriter.write(playback.getRecording());
    }

    /** Zooms in one step. */
    public void zoomIn() {
        setZoom(zoom.get() * 1.2);
    }

    /** Zooms out one step. */
    public void zoomOut() {
        setZoom(zoom.get() / 1.2);
    }

    /** Back to 100 %. */
    public void zoomReset() {
        setZoom(1.0);
    }

    /** Sets the zoom, clamped to {@link #MIN_ZOOM}–{@link #MAX_ZOOM}. */
    public void setZoom(double value) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
    }

    /** Switches between the light and the dark theme. */
    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public EditorViewModel editor() {
        return editor;
    }

    public DocumentViewModel document() {
        return document;
    }

    public PlaybackViewModel playback() {
        return playback;
    }

    public LanesViewModel lanes() {
        return lanes;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    /** True while the editor has problems and the lanes show the last valid scenario. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** 1.0 is 100 %; the lanes and timeline scale with it, and text grows in steps. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }
}
