package deferredsim.gui.app;

import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.load.AnyScenario;
import deferredsim.core.load.Scenarios;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.gui.document.AppDirs;
import deferredsim.gui.document.Autosave;
import deferredsim.gui.document.DialogFolders;
import deferredsim.gui.document.DiskWatch;
import deferredsim.gui.document.DocumentViewModel;
import deferredsim.gui.document.RecentFiles;
import deferredsim.gui.document.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * What the File menu does: open and save scenario files (with the unsaved-changes question before
 * anything would drop work), recent files, copying the trace, the autosave that follows every
 * change and is cleared on a clean quit, and reloading the file on show when it changes on disk
 * (asking first when there are unsaved edits).
 */
public final class FileActions {
    private final MainViewModel model;
    private final Stage stage;
    private final Consumer<String> status;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final PauseTransition autosaveLater = new PauseTransition(Duration.millis(400));
    private final DiskWatch disk = new DiskWatch();
    // The check runs after the animation pulse: it may ask a question, and JavaFX refuses a dialog's
    // showAndWait inside an animation or layout pass.
    private final Timeline diskPolling =
            new Timeline(new KeyFrame(Duration.seconds(1), e -> Platform.runLater(this::checkDisk)));
    private Predicate<Path> reloadQuestion = this::askReload;
    private ExportActions exports;
    private String reactorJson;
    private Recording reactorRecording;
    private final Settings settings;

    FileActions(MainViewModel model, Stage stage, Consumer<String> status) {
        this.model = model;
        this.stage = stage;
        this.status = status;
        Path home;
        try {
            home = AppDirs.home();
        } catch (IOException unwritable) {
            home = Path.of(System.getProperty("java.io.tmpdir"), "deferred-sim");
        }
        this.recent = new RecentFiles(home.resolve("recent.txt"));
        this.autosave = new Autosave(home);
        this.settings = new Settings(home.resolve("settings.properties"));
        autosaveLater.setOnFinished(e -> autosaveNow());
        model.editor().revisionProperty().addListener((obs, old, now) -> autosaveLater.playFromStart());
        diskPolling.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Checks the open file on disk every second while {@code scene} is on show in a window. When the
     * window hides, or shows another scene, the checks stop: a running timeline is held by JavaFX's
     * animation clock, and would keep this window's whole document alive with it.
     */
    void watchDiskWhileShowing(Scene scene) {
        ObservableValue<Boolean> showing =
                scene.windowProperty().flatMap(Window::showingProperty).orElse(false);
        showing.addListener((obs, was, now) -> {
            if (now) {
                diskPolling.play();
            } else {
                diskPolling.stop();
            }
        });
        if (showing.getValue()) {
            diskPolling.play();
        }
    }

    /** Whether the file on disk is being checked for changes now. */
    boolean watchingDisk() {
        return diskPolling.getStatus() == Animation.Status.RUNNING;
    }

    /**
     * Opens {@code file}, or restores autosaved work (when it belongs to no file or to this one), or
     * shows the example; with {@code afterShowing}, a file is opened once the window is on screen,
     * with a note in the status line meanwhile.
     */
    void startWith(Path file, boolean afterShowing) {
        if (afterShowing && file != null) {
            document().newDocument(Examples.empty());
            status.accept("Opening " + file.getFileName() + "…");
            javafx.application.Platform.runLater(() -> startWith(file));
            return;
        }
        startWith(file);
    }

    /** Opens {@code file}, or restores autosaved work (when it belongs to no file or to this one), or shows the example. */
    void startWith(Path file) {
        Optional<Autosave.Saved> saved = autosave.load();
        Path wanted = file == null ? null : file.toAbsolutePath().normalize();
        if (saved.isPresent() && (wanted == null || wanted.equals(saved.get().file()))) {
            try {
                document().restore(saved.get().json(), saved.get().file());
                status.accept("Restored unsaved work from the last session. Save it, or start a new scenario.");
                return;
            } catch (JsonSyntaxException unreadable) {
                autosave.clear();
            }
        }
        if (file != null && openFile(file)) {
            return;
        }
        document().newDocument(Examples.classic());
    }

    private DocumentViewModel document() {
        return model.document();
    }

    /** The picture exports (PNG, GIF, copy as image) of the window's view. */
    void exports(ExportActions exports) {
        this.exports = exports;
        exports.folders(this::dialogFolder, settings::lastFolder);
    }

    RecentFiles recent() {
        return recent;
    }

    /** What the window remembers between sessions (kept beside the recent files). */
    Settings settings() {
        return settings;
    }

    /**
     * Where a dialog starts: the scenario's folder when it is the learner's own, else the folder
     * last used, else Documents (never inside the program's install).
     */
    Path dialogFolder() {
        Path install = null;
        try {
            install = DialogFolders.install(Path.of(FileActions.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI()));
        } catch (java.net.URISyntaxException | RuntimeException unknown) {
            // No install folder known: any folder will do.
        }
        return DialogFolders.initial(
                document().getFile(),
                settings.lastFolder().orElse(null),
                install,
                Path.of(System.getProperty("user.home")));
    }

    void newScenario() {
        if (confirmDiscard("start a new scenario")) {
            document().newDocument(Examples.classic());
            showingReactorFrom(null, null);
            status.accept("New scenario: the classic chain. Edit it on the left.");
        }
    }

    void open() {
        if (!confirmDiscard("open another file")) {
            return;
        }
        FileChooser chooser = chooser("Open scenario");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openFile(chosen.toPath());
        }
    }

    /** Opens {@code file} now (no question asked); reports problems in the status line. Returns whether it opened. */
    public boolean openFile(Path file) {
        try {
            AnyScenario opened = Scenarios.read(file);
            if (opened instanceof AnyScenario.Program program) {
                ProgramRun run = program.run();
                model.showProgram(run);
                showingReactorFrom(null, null);
                recent.add(file);
                remember(file);
                status.accept("Opened the recording of " + run.program().script() + ": "
                        + run.ending().sentence() + " Press Space to play; the code pane follows the program's lines.");
                return true;
            }
            if (opened instanceof AnyScenario.Reactor reactor) {
                model.showReactor(file.getFileName().toString(), reactor.scenario(), reactor.recording());
                showingReactorFrom(reactor.json(), file);
                recent.add(file);
                remember(file);
                status.accept("Opened the reactor scenario " + file.getFileName()
                        + ". Press Space to play; the chain editor is unchanged.");
                return true;
            }
            document().open(file);
            model.showEditorScenario();
            showingReactorFrom(null, file);
            recent.add(file);
            remember(file);
            model.playback().first();
            status.accept("Opened " + file.getFileName() + ". Press Space to play.");
            return true;
        } catch (ScenarioException broken) {
            status.accept("Cannot open " + file.getFileName() + ": " + broken.getMessage());
            return false;
        }
    }

    /** Saves to the current file, or asks for one. Returns whether the scenario was saved. */
    boolean save() {
        if (document().getFile() == null) {
            return saveAs();
        }
        return saveTo(document().getFile());
    }

    boolean saveAs() {
        FileChooser chooser = chooser("Save scenario");
        chooser.setInitialFileName(
                document().getFile() == null
                        ? "scenario.json"
                        : document().getFile().getFileName().toString());
        File chosen = chooser.showSaveDialog(stage);
        return chosen != null && saveTo(chosen.toPath());
    }

    /** Saves to {@code file} now; reports in the status line. Returns whether it was saved. */
    public boolean saveTo(Path file) {
        try {
            document().saveAs(file);
            disk.remember(document().getFile());
            recent.add(file);
            remember(file);
            autosave.clear();
            status.accept("Saved " + file.getFileName() + ".");
            return true;
        } catch (IOException | ScenarioException broken) {
            status.accept("Not saved: " + broken.getMessage());
            return false;
        }
    }

    /** Writes what the window shows now to {@code file} as PNG at its size on screen. Returns whether it was written. */
    public boolean exportPng(Path file) {
        return exports.exportPng(file, 1);
    }

    void copyTrace() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.trace());
        Clipboard.getSystemClipboard().setContent(content);
        status.accept("Copied the trace ("
                + model.playback().getRecording().traceEvents().size() + " lines) to the clipboard.");
    }

    /**
     * Notes what is on show: a reactor scenario read from {@code json} (pasted when {@code file} is
     * null), or with {@code json} null the editor's document from {@code file} (null: none). The
     * file is then watched for changes on disk.
     */
    void showingReactorFrom(String json, Path file) {
        reactorJson = json;
        reactorRecording = json == null ? null : model.playback().getRecording();
        disk.remember(file == null ? null : file.toAbsolutePath().normalize());
    }

    /** The reactor scenario on show as JSON, or null when it came from a lesson (or none is shown). */
    String reactorJson() {
        return showsOwnReactor() ? reactorJson : null;
    }

    /** Whether the reactor run on show is the one opened or pasted here (not a lesson's). */
    private boolean showsOwnReactor() {
        return model.isShowingReactor()
                && reactorJson != null
                && model.playback().getRecording() == reactorRecording;
    }

    /**
     * Looks whether the file on show changed on disk, and if so opens it again: at once when there
     * are no unsaved edits, otherwise only when the learner says so (the edits stay otherwise).
     */
    public void checkDisk() {
        Path file = disk.file();
        switch (disk.check()) {
            case NONE -> {}
            case GONE ->
                status.accept(file.getFileName() + " is gone from disk (moved or deleted). Save keeps your scenario.");
            case CHANGED -> {
                boolean onShow = showsOwnReactor()
                        || (!model.isShowingReactor() && file.equals(document().getFile()));
                if (onShow) {
                    reload(file);
                }
            }
        }
    }

    private void reload(Path file) {
        if (!showsOwnReactor() && document().isDirty() && !reloadQuestion.test(file)) {
            status.accept("Kept your edits; " + file.getFileName() + " changed on disk. Save as… keeps both.");
            return;
        }
        int position = model.playback().getPosition();
        if (openFile(file)) {
            model.playback().seek(Math.min(position, model.playback().getSize()));
            status.accept("Reloaded " + file.getFileName() + ": it changed on disk.");
        }
    }

    private boolean askReload(Path file) {
        ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType("Keep my edits", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                file.getFileName() + " changed on disk. Reload it? Your unsaved edits would be lost.",
                reload,
                keep);
        alert.setHeaderText("The file changed on disk");
        alert.initOwner(stage);
        return alert.showAndWait().filter(reload::equals).isPresent();
    }

    /** Replaces the question asked before a reload drops unsaved edits (tests answer it themselves). */
    void reloadQuestion(Predicate<Path> question) {
        this.reloadQuestion = question;
    }

    /** Asks whether to save unsaved changes before {@code doing}; true when it is fine to go on. */
    boolean confirmDiscard(String doing) {
        if (!document().isDirty()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                "The scenario has unsaved changes. Save them before you " + doing + "?",
                saveButton,
                discard,
                ButtonType.CANCEL);
        alert.setHeaderText("Unsaved changes");
        alert.initOwner(stage);
        Dialogs.theme(alert, stage.getScene());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() != saveButton || save();
    }

    /** Called when the window is about to close: asks about unsaved work; clears the autosave on a clean quit. */
    boolean quitting() {
        if (!confirmDiscard("quit")) {
            return false;
        }
        autosaveLater.stop();
        diskPolling.stop();
        autosave.clear();
        return true;
    }

    /** Stops autosaving for this session (the launcher's warm-up run leaves no work behind). */
    void forgetAutosave() {
        autosaveLater.stop();
        autosaveLater.setOnFinished(null);
    }

    /** Saves the working scenario for crash recovery, when it has unsaved changes. */
    void autosaveNow() {
        if (!document().isDirty()) {
            return;
        }
        try {
            autosave.save(model.editor().toJson(), document().getFile());
        } catch (IOException unwritable) {
            status.accept("Autosave failed: " + unwritable.getMessage());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario JSON", "*.json"));
        chooser.setInitialDirectory(dialogFolder().toFile());
        return chooser;
    }

    /** The folder the file dialogs start in. */
    Path lastFolder() {
        return dialogFolder();
    }

    private void remember(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            settings.lastFolder(parent);
        }
    }
}
