package deferredsim.gui.app;

import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.gui.document.AppDirs;
import deferredsim.gui.document.Autosave;
import deferredsim.gui.document.DialogFolders;
import deferredsim.gui.document.DocumentViewModel;
import deferredsim.gui.document.RecentFiles;
import deferredsim.gui.document.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * What the File menu does: open and save scenario files (with the unsaved-changes question before
 * anything would drop work), recent files, export of the current view as PNG, copying the trace,
 * and the autosave that follows every change and is cleared on a clean quit.
 */
public final class FileActions {
    private final MainViewModel model;
    private final Stage stage;
    private final Consumer<String> status;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final PauseTransition autosaveLater = new PauseTransition(Duration.millis(400));
    private final Settings settings;
    private Node exportNode;

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

    /** The node exported as PNG (the lanes and the timeline). */
    void exportNode(Node node) {
        this.exportNode = node;
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
            if (ReactorScenarioReader.declaresReactorFormat(file)) {
                ReactorScenario scenario = ReactorScenarioReader.read(file);
                model.showReactor(file.getFileName().toString(), ReactorSimulation.run(scenario));
                recent.add(file);
                remember(file);
                status.accept("Opened the reactor scenario " + file.getFileName()
                        + ". Press Space to play; the chain editor is unchanged.");
                return true;
            }
            document().open(file);
            model.showEditorScenario();
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

    void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export view as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName("deferred-view.png");
        chooser.setInitialDirectory(dialogFolder().toFile());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            exportPng(chosen.toPath());
        }
    }

    /** Writes what the lanes and timeline show now to {@code file} as PNG. Returns whether it was written. */
    public boolean exportPng(Path file) {
        try {
            WritableImage image = exportNode.snapshot(null, null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            status.accept("Exported the view to " + file.getFileName() + ".");
            return true;
        } catch (IOException | RuntimeException broken) {
            status.accept("Export failed: " + broken.getMessage());
            return false;
        }
    }

    void copyTrace() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.trace());
        Clipboard.getSystemClipboard().setContent(content);
        status.accept("Copied the trace ("
                + model.playback().getRecording().traceEvents().size() + " lines) to the clipboard.");
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

    private void remember(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            settings.lastFolder(parent);
        }
    }
}
