package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.gui.lessons.LessonsViewModel;
import deferredsim.gui.reactor.ReactorView;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** End to end, headless: the lessons panel in the real window. */
@ExtendWith(ApplicationExtension.class)
class LessonsWindowTest {
    private MainViewModel model;
    private MainController controller;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("deferred-sim-lessons-test");
        System.setProperty("deferredsim.gui.home", home.toString());
        model = new MainViewModel();
        controller = MainController.create(model, stage);
        Scene scene = new Scene(controller.root(), 1200, 800);
        stage.setScene(scene);
        controller.attach(scene);
        controller.lanes().animationDurationProperty().set(Duration.ZERO);
        controller.files().startWith(null);
        stage.show();
    }

    /** Scrolls the lesson so that {@code query}'s node is in view, and returns the query. */
    private static String reveal(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#lessonsPanel .lesson-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight()
                    - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (inContent.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }

    private static void openLesson(FxRobot robot, int number) {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> list =
                robot.lookup("#lessonList").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.scrollTo(number - 1));
        robot.clickOn(robot.lookup("#lessonList .list-cell")
                .match((javafx.scene.control.ListCell<?> c) ->
                        c.getItem() != null && ((LessonsViewModel.LessonItem) c.getItem()).number() == number)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void answerExercise_wrongThenRight_showsVerdictsAndShowMeWhereSeeks(FxRobot robot) {
        // When the learner opens lesson 9 with Ctrl+L, answers its first exercise wrongly, asks where, then answers
        // rightly, then the verdicts show and playback seeks to the divergence.
        openLesson(robot, 9);
        assertThat(robot.lookup("#lessonTitle").queryAs(Label.class).getText()).startsWith("Lesson 9:");
        robot.clickOn(reveal(robot, "#answer-1")).write("callback");
        robot.clickOn(reveal(robot, "#check-1"));
        assertThat(robot.lookup("#verdict-1").queryAs(Label.class).getText()).contains("Try again");
        robot.clickOn(reveal(robot, "#where-1"));
        int divergence = controller
                .lessons()
                .model()
                .getExercises()
                .get(0)
                .getVerdict()
                .divergence()
                .getAsInt();
        assertThat(model.playback().getPosition()).isEqualTo(divergence + 1);
        assertThat(model.editor().getScenario())
                .isEqualTo(((deferredsim.lessons.DeferredScenario) controller
                                .lessons()
                                .model()
                                .getExercises()
                                .get(0)
                                .exercise()
                                .scenario())
                        .scenario());
        robot.doubleClickOn(reveal(robot, "#answer-1"))
                .eraseText(12)
                .write("errback")
                .type(KeyCode.ENTER);
        assertThat(robot.lookup("#verdict-1").queryAs(Label.class).getText()).contains("Solved");
        assertThat(controller.lessons().model().getItems().get(8).solved()).isEqualTo(1);
    }

    @Test
    void checkpoint_isAskedAtItsSection_beforeTheTextThatAnswersIt(FxRobot robot) {
        // When the learner opens lesson 9, then the section that opens with the addCallbacks checkpoint shows the
        // question and keeps its text and the answer back until the learner reads on.
        openLesson(robot, 9);
        Button readOn = robot.lookup("#read-on-addcallbacks-gotcha").queryAs(Button.class);
        javafx.scene.layout.VBox card = (javafx.scene.layout.VBox) readOn.getParent();
        javafx.scene.layout.Pane content = (javafx.scene.layout.Pane) card.getParent();
        Node rest = content.getChildren().get(content.getChildren().indexOf(card) + 1);
        long answersShown = card.getChildren().stream().filter(Node::isVisible).count();

        assertThat(rest.isVisible()).isFalse();
        robot.clickOn(reveal(robot, "#read-on-addcallbacks-gotcha"));

        assertThat(rest.isVisible()).isTrue();
        assertThat(card.getChildren().stream().filter(Node::isVisible).count()).isGreaterThan(answersShown);
        assertThat(readOn.isDisabled()).isTrue();
    }

    @Test
    void fixLineExercise_showsNumberedCodeAndTakesTheRightLine(FxRobot robot) {
        // When the learner opens lesson 7's find-the-bug exercise, then its card shows the scenario as numbered
        // Twisted code; a wrong line gets "Try again" and the line whose removal meets the goal is solved.
        openLesson(robot, 7);
        int n = 7;
        assertThat(controller
                        .lessons()
                        .model()
                        .getExercises()
                        .get(n - 1)
                        .exercise()
                        .kind())
                .isEqualTo(deferredsim.lessons.ExerciseKind.FIX_LINE);
        String code = robot.lookup("#code-" + n).queryAs(Label.class).getText();
        assertThat(code).contains("18  clock.callLater(2, d.errback, Exception(\"timed-out\"))");
        robot.clickOn(reveal(robot, "#answer-" + n)).write("16").type(KeyCode.ENTER);
        assertThat(robot.lookup("#verdict-" + n).queryAs(Label.class).getText()).contains("Try again");
        robot.doubleClickOn(reveal(robot, "#answer-" + n))
                .eraseText(4)
                .write("18")
                .type(KeyCode.ENTER);
        assertThat(robot.lookup("#verdict-" + n).queryAs(Label.class).getText()).contains("Solved");
    }

    @Test
    void openInSimulator_reactorScenario_showsRunInPlaceOfLanes(FxRobot robot) {
        // When the learner opens lesson 1's first scenario in the simulator and steps twice, then the reactor
        // picture replaces the lanes, with a lane per line of execution, and the status line tells the second event.
        openLesson(robot, 1);
        String name =
                controller.lessons().model().getSelected().scenarios().get(0).name();
        robot.clickOn(reveal(robot, "#open-" + name));
        assertThat(model.isShowingReactor()).isTrue();
        ReactorView view = robot.lookup("#reactorView").queryAs(ReactorView.class);
        assertThat(view.isVisible()).isTrue();
        assertThat(view.picture().rows())
                .anySatisfy(row -> assertThat(row.title()).startsWith("lane "));
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().getPosition()).isEqualTo(2);
        assertThat(model.playback().getStatusText())
                .isEqualTo(model.playback().getReading().sentence(1));
    }
}
