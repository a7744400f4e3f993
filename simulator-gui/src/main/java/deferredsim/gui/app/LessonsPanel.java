package deferredsim.gui.app;

import deferredsim.gui.document.AppDirs;
import deferredsim.gui.lessons.LessonsController;
import deferredsim.gui.lessons.LessonsViewModel;
import deferredsim.lessons.DeferredScenario;
import deferredsim.lessons.LessonCatalog;
import deferredsim.lessons.LessonFormatException;
import deferredsim.lessons.LessonScenario;
import deferredsim.lessons.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The window's side of the lessons panel: loads the catalog and the learner's progress on first
 * use, and opens lesson scenarios in the window (asking about unsaved changes before a chain
 * replaces the editor's). Progress is shared with the terminal ({@code ~/.deferred-sim}), or kept
 * in {@code deferredsim.gui.home} when that is set (tests).
 */
public final class LessonsPanel {
    private final MainViewModel model;
    private final FileActions files;
    private final Consumer<String> status;
    private Parent node;
    private LessonsViewModel lessons;
    private LessonsController controller;

    LessonsPanel(MainViewModel model, FileActions files, Consumer<String> status) {
        this.model = model;
        this.files = files;
        this.status = status;
    }

    /** The panel's node, built on the first call; a catalog that fails to load shows its message instead. */
    Parent node() {
        if (node == null) {
            try {
                lessons = new LessonsViewModel(
                        LessonCatalog.load(), ProgressStore.open(progressDirectory(), Clock.systemUTC()), this::open);
                node = LessonsController.load(lessons);
                controller = (LessonsController) node.getUserData();
            } catch (LessonFormatException broken) {
                Label message = new Label("The lessons could not be loaded: " + broken.getMessage());
                message.setWrapText(true);
                message.getStyleClass().add("problem");
                node = new StackPane(message);
            }
        }
        return node;
    }

    private static Path progressDirectory() {
        if (System.getProperty("deferredsim.gui.home") != null) {
            try {
                return AppDirs.home();
            } catch (IOException unwritable) {
                return ProgressStore.defaultDirectory();
            }
        }
        return ProgressStore.defaultDirectory();
    }

    private void open(LessonScenario scenario, deferredsim.core.recording.Recording recording, int position) {
        if (scenario instanceof DeferredScenario && !files.confirmDiscard("open the lesson's scenario")) {
            return;
        }
        model.openLessonScenario(scenario, recording, position);
        status.accept(
                position > 0
                        ? "Opened " + scenario.title() + " at the event where the prediction and the run part."
                        : "Opened " + scenario.title() + ". Press Space to play.");
    }

    /** The panel's model, or null before the panel was first shown. */
    public LessonsViewModel model() {
        return lessons;
    }

    /** Selects lesson {@code number} in the panel (shows the panel's node first if need be). */
    public void select(int number) {
        node();
        if (controller != null) {
            controller.select(number);
        }
    }
}
