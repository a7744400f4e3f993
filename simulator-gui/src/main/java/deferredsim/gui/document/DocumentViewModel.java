package deferredsim.gui.document;

import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.scenario.ScenarioWriter;
import deferredsim.gui.editor.EditorViewModel;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editor's content as a file: which file, whether it changed since it was opened or saved, and
 * the intents to open, save and start anew.
 *
 * <p>Files are {@code deferred-scenario/1} JSON: {@link #open} reads with {@code ScenarioReader}
 * (the same checks and {@code line:column} messages as the terminal), {@link #saveAs} writes with
 * {@code ScenarioWriter}. Only a valid scenario can be saved; the autosave keeps anything else.
 */
public final class DocumentViewModel {
    private final EditorViewModel editor;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private long savedRevision;

    /** A document over {@code editor}'s content, new and clean. */
    public DocumentViewModel(EditorViewModel editor) {
        this.editor = editor;
        savedRevision = editor.revisionProperty().get();
        editor.revisionProperty().addListener((obs, old, now) -> dirty.set(now.longValue() != savedRevision));
        title.bind(Bindings.createStringBinding(
                () -> (dirty.get() ? "• " : "")
                        + (file.get() == null
                                ? "untitled"
                                : file.get().getFileName().toString()) + " — Deferred Simulator",
                file,
                dirty));
    }

    /** Shows {@code scenario} as a new, unsaved, clean document. */
    public void newDocument(Scenario scenario) {
        editor.load(scenario);
        file.set(null);
        markClean();
    }

    /**
     * Opens {@code path}.
     *
     * @throws ScenarioException when it cannot be read or breaks the contract (the message has the
     *     reader's {@code line:column}); the current document is unchanged then
     */
    public void open(Path path) throws ScenarioException {
        Scenario scenario = ScenarioReader.read(path);
        editor.load(scenario);
        file.set(path.toAbsolutePath().normalize());
        markClean();
    }

    /**
     * Opens a scenario from its JSON text (pasted, or a share line's) as a new document with no
     * file; it counts as unsaved, so closing asks first.
     *
     * @throws ScenarioException when it breaks the contract; the current document is unchanged then
     */
    public void openText(String json) throws ScenarioException {
        Scenario scenario = ScenarioReader.read(json);
        editor.load(scenario);
        file.set(null);
        savedRevision = -1;
        dirty.set(true);
    }

    /**
     * Brings back autosaved drafts for {@code owner} (null: an unsaved document); they count as
     * unsaved changes.
     */
    public void restore(String draftsJson, Path owner) throws deferredsim.core.json.JsonSyntaxException {
        editor.loadJson(draftsJson);
        file.set(owner);
        savedRevision = -1;
        dirty.set(true);
    }

    /**
     * Saves to the current file.
     *
     * @throws IllegalStateException when there is no file yet (use {@link #saveAs})
     * @throws ScenarioException when the scenario is not valid (the first problem)
     */
    public void save() throws IOException, ScenarioException {
        if (file.get() == null) {
            throw new IllegalStateException("no file yet: save as first");
        }
        saveAs(file.get());
    }

    /**
     * Writes the scenario to {@code path} in the corpus layout and makes it this document's file.
     *
     * @throws ScenarioException when the scenario is not valid; nothing is written then
     */
    public void saveAs(Path path) throws IOException, ScenarioException {
        Scenario scenario = editor.getScenario();
        if (scenario == null) {
            String first = editor.problemsProperty().isEmpty()
                    ? "the scenario is not valid"
                    : editor.problemsProperty().get(0).toString();
            throw new ScenarioException("", "cannot save until it is valid: " + first);
        }
        AppDirs.writeAtomically(path, ScenarioWriter.write(scenario));
        file.set(path.toAbsolutePath().normalize());
        markClean();
    }

    private void markClean() {
        savedRevision = editor.revisionProperty().get();
        dirty.set(false);
    }

    /** The file, or null for a document never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /** True when there are changes since opening or saving. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The window title: {@code • name.json — Deferred Simulator}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
