package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window at 1000×650 and at 1280×800 with the lessons panel: nothing that matters is cut off or crushed. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    private MainViewModel model;
    private MainController controller;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        TestWindow window = TestWindow.open(stage, 1000, 650);
        model = window.model();
        controller = window.controller();
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SplitPane mainSplit(FxRobot robot) {
        return robot.lookup("#mainSplit").queryAs(SplitPane.class);
    }

    @Test
    void smallWindow_cutsNoControlsText(FxRobot robot) {
        // If the window is 1000×650, then the editor and the lanes are side by side and no control's text is cut.
        resize(robot, 1000, 650);
        assertThat(mainSplit(robot).getItems()).hasSize(2);
        assertThat(Truncation.cut(controller.root())).isEmpty();
    }

    @Test
    void smallWindowWithLessons_foldsTheEditorInsteadOfCrushingIt(FxRobot robot) {
        // When the learner opens the lessons panel in a 1000×650 window, then the editor folds into a rail beside the
        // lanes instead of shrinking its fields, and no control's text is cut; the rail brings it back.
        resize(robot, 1000, 650);
        robot.interact(() -> controller.showLessons(true));
        robot.interact(() -> controller.lessons().select(9));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mainSplit(robot).getItems()).hasSize(2);
        assertThat(robot.lookup("#editorRail").query().isVisible()).isTrue();
        assertThat(Truncation.cut(controller.root())).isEmpty();
        robot.clickOn("#editorRailButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lessonsRail").query().isVisible()).isTrue();
        assertThat(robot.lookup("#editorRail").query().isVisible()).isFalse();
        assertThat(Truncation.cut(controller.root())).isEmpty();
    }

    @Test
    void defaultWindowWithLessons_showsAllThreeAtTheirWidths(FxRobot robot) {
        // If the window is 1280×800 with the lessons panel open on lesson 9, then editor, lanes and lessons all show,
        // each at least as wide as it needs, and no control's text is cut (multiple-choice answers wrap).
        resize(robot, 1280, 800);
        robot.interact(() -> controller.showLessons(true));
        robot.interact(() -> controller.lessons().select(9));
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane split = mainSplit(robot);
        assertThat(split.getItems()).hasSize(3);
        assertThat(split.getItems().get(0).getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(PanelFit.EDITOR - 1);
        assertThat(split.getItems().get(2).getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(PanelFit.LESSONS - 1);
        assertThat(Truncation.cut(controller.root())).isEmpty();
    }

    @Test
    void manyDeferreds_timelineRowsScrollAndTheLegendCoversNone(FxRobot robot) throws Exception {
        // When a scenario has 18 deferreds, then the timeline's tracks scroll and following the playhead brings the
        // current event's track into the tracks area, clear of the legend strip.
        StringBuilder members = new StringBuilder();
        StringBuilder deferreds = new StringBuilder();
        for (int i = 1; i <= 17; i++) {
            members.append(i == 1 ? "" : ", ").append("\"m").append(i).append("\"");
            deferreds
                    .append(", {\"name\": \"m")
                    .append(i)
                    .append("\", \"chain\": [[\"p\", \"p\"]], \"fire\":")
                    .append(" {\"method\": \"callback\", \"value\": \"v")
                    .append(i)
                    .append("\", \"after\": ")
                    .append(i % 4)
                    .append("}}");
        }
        java.nio.file.Path file = Files.createTempFile("eighteen", ".json");
        Files.writeString(
                file,
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"L\", \"list\": [" + members + "]}"
                        + deferreds + "]}");
        resize(robot, 1000, 650);
        robot.interact(() -> assertThat(controller.files().openFile(file)).isTrue());
        assertThat(model.timeline().getLayout().trackNames()).hasSizeGreaterThanOrEqualTo(18);
        for (int target :
                new int[] {model.playback().getSize() / 2, model.playback().getSize() - 3}) {
            robot.interact(() -> model.playback().seek(target));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(controller.timeline().showsEvent(target - 1))
                    .as("event %d", target - 1)
                    .isTrue();
        }
    }
}
