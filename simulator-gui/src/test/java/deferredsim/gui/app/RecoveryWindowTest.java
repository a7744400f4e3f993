package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.gui.document.Autosave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Crash recovery and the unsaved-changes question, end to end (headless by default). */
@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {
    private static final String LEFT_BEHIND = "{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
            + "{\"name\": \"d\", \"chain\": [[\"return kept\", \"retrun half-typed\"]],"
            + " \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\": 0}}]}";

    private Path home;
    private Stage stage;
    private MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        home = Files.createTempDirectory("deferred-sim-recovery");
        System.setProperty("deferredsim.gui.home", home.toString());
        new Autosave(home).save(LEFT_BEHIND, null);
        model = new MainViewModel();
        MainController controller = MainController.create(model, stage);
        Scene scene = new Scene(controller.root(), 1100, 760);
        stage.setScene(scene);
        controller.attach(scene);
        controller.files().startWith(null);
        stage.show();
    }

    private TextField field(FxRobot robot, String styleClass) {
        WaitForAsyncUtils.waitForFxEvents();
        // The first field shown: the list also keeps a hidden cell for measuring.
        return robot.lookup("#pairList ." + styleClass)
                .match(org.testfx.matcher.base.NodeMatchers.isVisible())
                .queryAs(TextField.class);
    }

    @Test
    void start_afterAKillBringsBackUnsavedWork(FxRobot robot) {
        // If the last session was killed with unsaved, half-typed work, then the next start shows that work, marked
        // unsaved, with its problem.
        assertThat(field(robot, "callback-field").getText()).isEqualTo("return kept");
        assertThat(field(robot, "errback-field").getText()).isEqualTo("retrun half-typed");
        assertThat(model.document().isDirty()).isTrue();
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).startsWith("Restored unsaved work");
        assertThat(robot.lookup("#problemsLabel").queryAs(Label.class).getText())
                .contains("d, pair 1, errback");
    }

    @Test
    void closing_withUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        // When the learner closes the window with unsaved changes, then a question appears; Cancel keeps the window,
        // Don't save closes it and clears the autosave.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((Button) robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.getText().equals("Cancel"))
                .query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        Platform.runLater(() -> {
            WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.fireEvent(close);
            if (!close.isConsumed()) {
                stage.close();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((Button) robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.getText().equals("Don't save"))
                .query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(new Autosave(home).load()).isEmpty();
    }

    @Test
    void editing_isAutosavedSoonAfter(FxRobot robot) throws Exception {
        // If the learner types a change, then the autosave holds it shortly afterwards, exactly as typed.
        TextField callback = field(robot, "callback-field");
        robot.clickOn(callback).push(KeyCode.END).write("!");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> new Autosave(home)
                        .load()
                        .map(s -> s.json().contains("return kept!"))
                        .orElse(false));
    }
}
