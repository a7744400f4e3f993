package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.gui.lanes.LanesView;
import deferredsim.gui.reactor.Look;
import deferredsim.gui.reactor.ReactorPicture;
import deferredsim.gui.reactor.ReactorView;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Reactor runs in the window: drawn as what they are, stepped like chains, told in the reading's words. */
@ExtendWith(ApplicationExtension.class)
class ReactorWindowTest {
    private MainViewModel model;
    private MainController controller;

    @Start
    void start(Stage stage) throws Exception {
        TestWindow window = TestWindow.open(stage, 1280, 800);
        model = window.model();
        controller = window.controller();
    }

    private ReactorView open(FxRobot robot, String example) {
        Path file = Path.of("..", "examples", "reactor", example + ".json");
        robot.interact(() -> assertThat(controller.files().openFile(file)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#reactorView").queryAs(ReactorView.class);
    }

    @Test
    void part1_showsALanePerLineOfExecutionAndStepsLikeAChain(FxRobot robot) {
        // When Part 1's example is opened and stepped to its end, then each model's lanes are drawn, the status line is
        // the reading's sentence, and the picture tells a screen reader the same.
        ReactorView view = open(robot, "part1-1-tasks-that-wait");
        assertThat(view.isVisible()).isTrue();
        assertThat(view.picture().groups()).hasSize(3);
        robot.interact(() -> model.playback().last());
        String last = model.playback().getReading().sentence(model.playback().getSize() - 1);
        assertThat(model.playback().getStatusText()).isEqualTo(last);
        assertThat(view.getAccessibleText()).contains(last);
    }

    @Test
    void part8_deferBlock_drawsTheLateTimerWithTheDeferredsLanesBeside(FxRobot robot) {
        // If Part 8's defer-block program is opened, then the tick is drawn as run late by 10.5 s, and the lanes of
        // the deferred d stand beside the reactor picture.
        ReactorView view = open(robot, "part8-1-defer-block");
        assertThat(view.picture().rows())
                .flatExtracting(ReactorPicture.Row::shapes)
                .anySatisfy(shape -> {
                    assertThat(shape.look()).isEqualTo(Look.LATE);
                    assertThat(shape.text()).isEqualTo("10.5 s late");
                });
        LanesView lanes = controller.lanes();
        assertThat(lanes.getScene()).isNotNull();
        assertThat(model.lanes().getIndex().column("d")).isNotNull();
        robot.interact(() -> model.playback().last());
        assertThat(model.lanes().headerText("d")).isEqualTo("fired: None");
    }

    @Test
    void clickingAShape_seeksToItsEvent(FxRobot robot) {
        // When the learner clicks the reactor picture, then it takes the focus and the playhead moves to an event.
        ReactorView view = open(robot, "part3-1-three-countdowns");
        robot.clickOn(view);
        assertThat(view.isFocused()).isTrue();
        assertThat(model.playback().getPosition()).isGreaterThan(0);
    }
}
