package deferredsim.gui.app;

import deferredsim.core.code.CodeListing;
import deferredsim.core.code.ReactorPython;
import deferredsim.core.code.ScenarioPython;
import deferredsim.core.engine.Simulation;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.trace.TraceWriter;
import deferredsim.gui.document.DocumentViewModel;
import deferredsim.gui.editor.EditorViewModel;
import deferredsim.gui.lanes.LanesViewModel;
import deferredsim.gui.playback.PlaybackViewModel;
import deferredsim.gui.reactor.ReactorViewModel;
import deferredsim.gui.theme.Theme;
import deferredsim.gui.timeline.TimelineViewModel;
import deferredsim.lessons.DeferredScenario;
import deferredsim.lessons.LessonScenario;
import deferredsim.lessons.RecordedScenario;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final PlaybackViewModel comparePlayback = new PlaybackViewModel();
    private final LanesViewModel compareLanes = new LanesViewModel(comparePlayback);
    private final BooleanProperty compare = new SimpleBooleanProperty(this, "compare");
    private final ReadOnlyStringWrapper compareTitle = new ReadOnlyStringWrapper(this, "compareTitle", "");
    private final ReadOnlyStringWrapper mainTitle = new ReadOnlyStringWrapper(this, "mainTitle", "");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ReactorViewModel reactor = new ReactorViewModel(playback, timeline.timeScaleProperty());
    private final ReadOnlyBooleanWrapper showingReactor = new ReadOnlyBooleanWrapper(this, "showingReactor");
    private final javafx.beans.property.ReadOnlyObjectWrapper<CodeListing> code =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "code");
    private final javafx.beans.property.ReadOnlyObjectWrapper<ProgramRun> program =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "program");

    /** All models, showing the empty scenario. */
    public MainViewModel() {
        editor.scenarioProperty().addListener((obs, old, now) -> show(now));
        compare.addListener((obs, old, now) -> showComparison(editor.getScenario()));
        playback.positionProperty().addListener((obs, old, now) -> comparePlayback.seek(now.intValue()));
        show(editor.getScenario());
    }

    private void show(Scenario scenario) {
        stale.set(scenario == null);
        if (scenario == null) {
            return;
        }
        showingReactor.set(false);
        program.set(null);
        Recording recording = Simulation.run(scenario);
        Reading reading = Reading.of(recording);
        code.set(codeOf(scenario, recording));
        playback.load(reading);
        lanes.load(scenario, reading);
        mainTitle.set(Firings.describe(scenario));
        showComparison(scenario);
    }

    /** The scenario as Twisted code with the line of each event; null when it cannot be written. */
    private static CodeListing codeOf(Scenario scenario, Recording recording) {
        try {
            return ScenarioPython.of(scenario, recording);
        } catch (RuntimeException notWritten) {
            return null; // the code pane says there is no code; the lanes are unaffected
        }
    }

    /** A reactor scenario's program as Twisted code with the line of each event; null when it has none. */
    private static CodeListing reactorCodeOf(ReactorScenario scenario, Recording recording) {
        if (!ReactorPython.hasCode(scenario)) {
            return null;
        }
        try {
            return ReactorPython.of(scenario, recording);
        } catch (RuntimeException notWritten) {
            return null; // the code pane says there is no code; the reactor view is unaffected
        }
    }

    /**
     * Shows a recorded program ({@code deferred-sim record}) in the lanes, with its own source in
     * the code pane; as for a reactor run, the editor keeps its chain meanwhile, and any edit shows
     * the chain again.
     */
    public void showProgram(ProgramRun run) {
        Reading reading = Reading.of(run.recording());
        playback.pause();
        showingReactor.set(false);
        program.set(run);
        code.set(run.code());
        playback.load(reading);
        lanes.load(run.cast(), reading);
        playback.first();
        mainTitle.set(run.title());
        stale.set(false);
        compareTitle.set(compare.get() ? "Nothing to compare: a recorded program ran once." : "");
    }

    /** The code of the run on show (its program's source, or the scenario as Twisted code); null for none. */
    public javafx.beans.property.ReadOnlyObjectProperty<CodeListing> codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** The recorded program on show, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<ProgramRun> programProperty() {
        return program.getReadOnlyProperty();
    }

    /**
     * Shows a reactor-model run ({@code reactor-scenario/1}) in place of the lanes: playback and the
     * timeline step through {@code recording}, {@code scenario}'s run, from its first event, the code
     * pane shows the scenario's program as Twisted code (none when it has no program), and {@link
     * #showingReactorProperty()} turns true until the editor's chain is shown again ({@link
     * #showEditorScenario()}, or any edit). The editor keeps its chain meanwhile.
     */
    public void showReactor(String title, ReactorScenario scenario, Recording recording) {
        Reading reading = Reading.of(recording);
        program.set(null);
        code.set(reactorCodeOf(scenario, recording));
        reactor.load(title, reading);
        playback.pause();
        playback.load(reading);
        lanes.load(null, reading);
        playback.first();
        mainTitle.set(title);
        stale.set(false);
        showingReactor.set(true);
    }

    /**
     * Opens a lesson's scenario with the playhead after {@code position} events: a Deferred chain
     * becomes the editor's new, untitled document (as opening a file would show it), a reactor
     * scenario is shown with {@link #showReactor}, a recorded program with {@link #showProgram}
     * (its source in the code pane). {@code recording} is what the reactor view steps through; a
     * chain is run again by the engine, which gives the same events, and a recording is its own.
     */
    public void openLessonScenario(LessonScenario scenario, Recording recording, int position) {
        switch (scenario) {
            case DeferredScenario chain -> {
                playback.pause();
                document.newDocument(chain.scenario());
                showEditorScenario();
                mainTitle.set("Lesson scenario: " + scenario.title());
            }
            case RecordedScenario recorded -> {
                showProgram(recorded.program());
                mainTitle.set("Lesson scenario: " + scenario.title() + " ("
                        + recorded.program().title() + ")");
            }
            case deferredsim.lessons.ReactorScenario reactorScenario ->
                showReactor("Lesson scenario: " + scenario.title(), reactorScenario.scenario(), recording);
        }
        playback.seek(position);
    }

    /** Shows the editor's chain in the lanes again after a reactor run; does nothing while the chain has problems. */
    public void showEditorScenario() {
        if (editor.getScenario() != null) {
            show(editor.getScenario());
        }
    }

    /** With compare on, runs the scenario again with its first fired deferred fired the other way. */
    private void showComparison(Scenario scenario) {
        Scenario flipped = compare.get() && scenario != null ? Firings.flip(scenario) : null;
        if (flipped == null) {
            compareTitle.set(compare.get() ? "Nothing to compare: no top-level deferred fires by itself." : "");
            return;
        }
        Reading reading = Reading.of(Simulation.run(flipped));
        comparePlayback.load(reading);
        compareLanes.load(flipped, reading);
        comparePlayback.seek(playback.getPosition());
        compareTitle.set("The other firing: " + Firings.describe(flipped));
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

    /** The reactor run shown in place of the lanes while {@link #showingReactorProperty()} is true. */
    public ReactorViewModel reactor() {
        return reactor;
    }

    /** True while a reactor-model run is on show instead of the editor's chain. */
    public ReadOnlyBooleanProperty showingReactorProperty() {
        return showingReactor.getReadOnlyProperty();
    }

    public boolean isShowingReactor() {
        return showingReactor.get();
    }

    /** Whether the other firing is shown beside the scenario, as the classic diagram does. */
    public BooleanProperty compareProperty() {
        return compare;
    }

    /** The lanes of the other firing (follows the main position). */
    public LanesViewModel compareLanes() {
        return compareLanes;
    }

    /** What the compared lanes show, or why there are none. */
    public ReadOnlyStringProperty compareTitleProperty() {
        return compareTitle.getReadOnlyProperty();
    }

    /** How the scenario on show is fired, e.g. {@code As written: d.callback(initial)}. */
    public ReadOnlyStringProperty mainTitleProperty() {
        return mainTitle.getReadOnlyProperty();
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
