package deferredsim.gui.app;

import deferredsim.core.load.AnyScenario;
import deferredsim.core.load.Scenarios;
import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioWriter;
import deferredsim.core.share.ShareLine;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The scenario as text on the clipboard: Edit › Copy scenario (its JSON), Copy share line (one
 * {@code dsim1:} line for a chat, as {@code deferred-sim share} prints it) and Paste scenario, which
 * opens JSON of either format or a share line as a new, unsaved scenario (asking first about
 * unsaved changes). What is on show is copied: the editor's chain, or the reactor scenario shown
 * in its place.
 */
final class ScenarioClipboard {
    private final MainViewModel model;
    private final FileActions files;
    private final Consumer<String> status;

    ScenarioClipboard(MainViewModel model, FileActions files, Consumer<String> status) {
        this.model = model;
        this.files = files;
        this.status = status;
    }

    /** Copies the scenario's JSON; returns whether there was a valid scenario to copy. */
    boolean copyJson() {
        String json = shownJson();
        if (json == null) {
            return false;
        }
        put(json);
        status.accept("Copied the scenario as JSON. Paste it into a file, a chat, or another window (Ctrl+Shift+V).");
        return true;
    }

    /** Copies the scenario's share line; returns whether there was a valid scenario to copy. */
    boolean copyShareLine() {
        String json = shownJson();
        if (json == null) {
            return false;
        }
        try {
            String line = ShareLine.encode(json);
            put(line);
            status.accept("Copied the share line (" + line.length() + " characters). Open it with Ctrl+Shift+V here, "
                    + "or ./deferred-sim LINE in a terminal.");
            return true;
        } catch (ScenarioException cannot) {
            status.accept("Cannot share: " + cannot.getMessage());
            return false;
        }
    }

    /** Opens the clipboard's text as a scenario, after asking about unsaved changes. */
    boolean paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            status.accept("Nothing to paste: copy a scenario's JSON or a share line (dsim1:...) first.");
            return false;
        }
        return files.confirmDiscard("paste another scenario") && open(text);
    }

    /**
     * Opens {@code text}, a scenario's JSON or a share line, at once: a Deferred scenario as a new,
     * unsaved document, a reactor scenario in place of the lanes. Reports problems in the status line.
     */
    boolean open(String text) {
        String from = ShareLine.isShareLine(text) ? "the share line" : "the pasted text";
        try {
            String json = ShareLine.jsonOf(text);
            if (Scenarios.parse(json) instanceof AnyScenario.Reactor reactor) {
                ReactorScenario scenario = reactor.scenario();
                String title = scenario.title() == null ? "Pasted reactor scenario" : scenario.title();
                model.showReactor(title, scenario, reactor.recording());
                files.showingReactorFrom(json, null);
                status.accept("Opened the reactor scenario from " + from + ". Press Space to play.");
                return true;
            }
            model.document().openText(json);
            model.showEditorScenario();
            model.playback().first();
            files.showingReactorFrom(null, null);
            status.accept("Opened the scenario from " + from + " (not saved yet). Press Space to play.");
            return true;
        } catch (ScenarioException broken) {
            status.accept("Cannot open " + from + ": " + broken.getMessage());
            return false;
        }
    }

    private String shownJson() {
        if (model.isShowingReactor()) {
            String json = files.reactorJson();
            if (json == null) {
                status.accept("This reactor scenario belongs to a lesson: share the lesson's name instead.");
            }
            return json;
        }
        Scenario scenario = model.editor().getScenario();
        if (scenario == null) {
            status.accept("Nothing copied: the scenario has problems (see the editor). Fix them first.");
            return null;
        }
        return ScenarioWriter.write(scenario);
    }

    private static void put(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
