package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reading.Playhead;
import deferredsim.gui.lessons.ExerciseViewModel;
import deferredsim.gui.reactor.ReactorView;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Show me where" brings the event where a wrong answer parted from the run, and its deferred, into view at once. */
@ExtendWith(ApplicationExtension.class)
class ShowMeWhereTest {
    private MainViewModel model;
    private MainController controller;

    @Start
    void start(Stage stage) throws Exception {
        TestWindow window = TestWindow.open(stage, 1280, 800);
        model = window.model();
        controller = window.controller();
    }

    /** When the learner answers exercise LESSON.EXERCISE wrongly and clicks "Show me where", then the event and its deferred (or process) are in sight with one click. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "13|5|errback",
                "1|3|9",
                "9|5|CHOICE 1",
            })
    void showMeWhere_bringsTheEventAndItsDeferredIntoView(int lesson, int exercise, String wrong, FxRobot robot) {
        robot.interact(() -> controller.showLessons(true));
        robot.interact(() -> controller.lessons().select(lesson));
        ExerciseViewModel ex = controller.lessons().model().getExercises().get(exercise - 1);
        String answer = wrong.startsWith("CHOICE ")
                ? ex.exercise().choices().get(Integer.parseInt(wrong.substring(7)) - 1)
                : wrong;
        robot.interact(() -> ex.check(answer));
        assertThat(ex.canShowWhereProperty().get()).isTrue();
        robot.interact(ex::showMeWhere);
        WaitForAsyncUtils.waitForFxEvents();
        Playhead at = model.playback().getPlayhead();
        int event = at.lastEvent();
        assertThat(controller.timeline().showsEvent(event))
                .as("timeline shows event %d", event)
                .isTrue();
        model.playback()
                .getReading()
                .subject(event)
                .ifPresent(deferred -> assertThat(controller.lanes().showsHeader(deferred))
                        .as("lanes show %s", deferred)
                        .isTrue());
        if (model.isShowingReactor()
                && model.playback().getReading().reactor().who(event).isPresent()) {
            ReactorView reactor = robot.lookup("#reactorView").queryAs(ReactorView.class);
            assertThat(reactor.showsEvent(event))
                    .as("reactor picture shows event %d", event)
                    .isTrue();
        }
    }
}
