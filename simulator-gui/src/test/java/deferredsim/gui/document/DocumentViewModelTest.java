package deferredsim.gui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.gui.editor.EditorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentViewModelTest {
    private static final String FILE = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
            + " \"chain\": [[\"r good\", \"f bad\"]], \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\":"
            + " 0}}]}";

    @TempDir
    Path dir;

    @Test
    void saveThenOpen_givesTheSameScenarioInTheTerminalsFormat() throws Exception {
        // If a scenario is saved and opened again, then it is equal, and the file is what ScenarioReader reads.
        EditorViewModel editor = new EditorViewModel();
        DocumentViewModel doc = new DocumentViewModel(editor);
        doc.newDocument(ScenarioReader.read(FILE));
        Path file = dir.resolve("s.json");
        doc.saveAs(file);
        assertThat(ScenarioReader.read(file)).isEqualTo(editor.getScenario());
        EditorViewModel other = new EditorViewModel();
        new DocumentViewModel(other).open(file);
        assertThat(other.getScenario()).isEqualTo(editor.getScenario());
    }

    @Test
    void editing_makesTheDocumentDirtyAndSavingCleansIt() throws Exception {
        // When the learner edits after opening, then the document is dirty until it is saved.
        Path file = dir.resolve("s.json");
        Files.writeString(file, FILE);
        EditorViewModel editor = new EditorViewModel();
        DocumentViewModel doc = new DocumentViewModel(editor);
        doc.open(file);
        assertThat(doc.isDirty()).isFalse();
        editor.getDeferreds().get(0).fireValueProperty().set("w");
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.titleProperty().get()).startsWith("• s.json");
        doc.save();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void saving_anInvalidScenarioIsRefused() throws Exception {
        // If the scenario has a problem, then saving throws and writes nothing.
        EditorViewModel editor = new EditorViewModel();
        DocumentViewModel doc = new DocumentViewModel(editor);
        doc.newDocument(ScenarioReader.read(FILE));
        editor.getDeferreds().get(0).getPairs().get(0).callbackProperty().set("nonsense");
        Path file = dir.resolve("bad.json");
        assertThatThrownBy(() -> doc.saveAs(file))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("cannot save");
        assertThat(file).doesNotExist();
    }

    @Test
    void opening_aBrokenFileKeepsTheDocumentAndSaysWhere() throws Exception {
        // When a file breaks the contract, then open throws the reader's line:column message and the document is
        // unchanged.
        Path file = dir.resolve("broken.json");
        Files.writeString(
                file,
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [[\"retrun x\","
                        + " \"p\"]]}]}");
        EditorViewModel editor = new EditorViewModel();
        DocumentViewModel doc = new DocumentViewModel(editor);
        doc.newDocument(ScenarioReader.read(FILE));
        assertThatThrownBy(() -> doc.open(file))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("1:");
        assertThat(doc.getFile()).isNull();
        assertThat(editor.getScenario()).isEqualTo(ScenarioReader.read(FILE));
    }

    @Test
    void autosave_keepsHalfTypedWorkUntilCleared() throws Exception {
        // If work is autosaved, then it loads back with its file until a clean quit clears it.
        Autosave autosave = new Autosave(dir);
        assertThat(autosave.load()).isEmpty();
        autosave.save("{\"deferreds\": []}", dir.resolve("a.json"));
        assertThat(autosave.load()).hasValueSatisfying(saved -> {
            assertThat(saved.json()).isEqualTo("{\"deferreds\": []}");
            assertThat(saved.file()).isEqualTo(dir.resolve("a.json").toAbsolutePath());
        });
        autosave.clear();
        assertThat(autosave.load()).isEmpty();
    }

    @Test
    void recentFiles_putTheNewestFirstAndSurviveARestart() throws Exception {
        // When files are opened, then the newest is first, none is listed twice, and a new list reads the same.
        Path store = dir.resolve("recent.txt");
        RecentFiles recent = new RecentFiles(store);
        recent.add(dir.resolve("a.json"));
        recent.add(dir.resolve("b.json"));
        recent.add(dir.resolve("a.json"));
        assertThat(recent.getFiles())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("a.json", "b.json");
        assertThat(new RecentFiles(store).getFiles()).isEqualTo(recent.getFiles());
    }
}
