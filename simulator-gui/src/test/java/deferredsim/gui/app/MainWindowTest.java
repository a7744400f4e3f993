package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.gui.timeline.TimelineView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** End to end, headless by default (Monocle): the real window, driven by a robot, asserting what the nodes show. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainViewModel model;
    private MainController controller;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("deferred-sim-gui-test");
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

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void replaceText(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    /** The callback or errback field of the chain's pair {@code index}, found by cell index (cells are reused). */
    private TextField pairField(FxRobot robot, String styleClass, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> cell = robot.lookup("#pairList .pair-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getIndex() == index
                        && c.getItem() != null
                        && c.isVisible()
                        && c.getParent().isVisible())
                .query();
        return (TextField) cell.lookup("." + styleClass);
    }

    @Test
    void typing_aChainShowsErrorsInlineThenRunsIt(FxRobot robot) {
        // When the learner types a stage that does not parse and then fixes it, then the error shows in place and the
        // lanes run the new chain.
        replaceText(robot, pairField(robot, "errback-field", 2), "retrun mended");
        assertThat(text(robot, "#problemsLabel"))
                .contains("d, pair 3, errback")
                .contains("return, fail, passthru or defer");
        assertThat(robot.lookup(".pair-cell .problem").queryAllAs(Label.class))
                .anySatisfy(label -> assertThat(label.getText()).startsWith("errback: expected"));
        replaceText(robot, pairField(robot, "errback-field", 2), "return mended");
        assertThat(text(robot, "#problemsLabel")).isEmpty();
        robot.clickOn("#lastButton");
        assertThat(text(robot, "#summaryLabel")).isEqualTo("d: fired: mended");
    }

    @Test
    void play_runsToTheEndAndStops(FxRobot robot) throws Exception {
        // If the learner presses play at full speed, then playback reaches the last event and the play button shows
        // play again.
        robot.interact(() -> model.playback().speedProperty().set(64));
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> model.playback().atEndProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int size = model.playback().getSize();
        assertThat(text(robot, "#positionLabel")).startsWith(size + " / " + size);
        assertThat(robot.lookup("#playButton").queryButton().getText()).isEqualTo("▶");
        assertThat(text(robot, "#summaryLabel")).isEqualTo("d: fired: fixed");
    }

    @Test
    void stepBack_showsTheEventBefore(FxRobot robot) {
        // When the learner goes to the end and steps back once, then the status line is the reading's sentence for the
        // second-to-last event.
        robot.clickOn("#lastButton");
        robot.clickOn("#backButton");
        int size = model.playback().getSize();
        assertThat(text(robot, "#positionLabel")).startsWith((size - 1) + " / " + size);
        assertThat(text(robot, "#descriptionLabel"))
                .isEqualTo(model.playback().getReading().sentence(size - 2));
    }

    @Test
    void keyboard_stepsWithCtrlArrowsEvenWhileTyping(FxRobot robot) {
        // If the learner is typing in a field and presses Ctrl+Right twice and Ctrl+Left once, then one event is shown.
        robot.clickOn(pairField(robot, "callback-field", 0));
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.CONTROL);
        assertThat(model.playback().getPosition()).isEqualTo(1);
        assertThat(pairField(robot, "callback-field", 0).getText()).isEqualTo("return good");
    }

    @Test
    void clickOnTheTimeline_seeksToThatEvent(FxRobot robot) {
        // When the learner clicks the fourth event's mark on the timeline, then four events are shown.
        TimelineView timeline = controller.timeline();
        Point2D at = timeline.localToScreen(timeline.screenXOf(3), 50);
        robot.clickOn(at);
        assertThat(model.playback().getPosition()).isEqualTo(4);
        assertThat(text(robot, "#positionLabel")).startsWith("4 / ");
    }

    @Test
    void saveAndReopen_showsTheSameChain(FxRobot robot) throws Exception {
        // If the learner edits, saves, starts anew and reopens the file, then the editor shows the saved chain and the
        // title names the file.
        replaceText(robot, pairField(robot, "errback-field", 2), "return mended");
        Path file = home.resolve("mended.json");
        robot.interact(() -> assertThat(controller.files().saveTo(file)).isTrue());
        assertThat(Files.readString(file)).contains("\"return mended\"");
        robot.interact(() -> model.document().newDocument(Examples.classic()));
        assertThat(pairField(robot, "errback-field", 2).getText()).isEqualTo("return fixed");
        robot.interact(() -> assertThat(controller.files().openFile(file)).isTrue());
        assertThat(pairField(robot, "errback-field", 2).getText()).isEqualTo("return mended");
        assertThat(robot.window(0).getScene().getWindow()).isInstanceOf(Stage.class);
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("mended.json — Deferred Simulator");
        assertThat(text(robot, "#messageLabel")).startsWith("Opened mended.json");
    }

    @Test
    void addDeferred_opensItsOwnLanesBesideTheOuter(FxRobot robot) {
        // When the learner adds an inner deferred fired at t=2 and returns it from the first stage, then the outer
        // shows as waiting on it mid-way.
        robot.clickOn("#addDeferredButton");
        replaceText(robot, robot.lookup("#nameField").queryAs(TextField.class), "x");
        replaceText(robot, robot.lookup("#fireAfterField").queryAs(TextField.class), "2");
        robot.clickOn("#deferredList .list-cell");
        replaceText(robot, pairField(robot, "callback-field", 0), "defer x");
        assertThat(text(robot, "#problemsLabel")).isEmpty();
        assertThat(model.lanes().getIndex().column("x").parent()).isEqualTo("d");
        int waits = model.playback().getReading().beats("d").stream()
                .filter(b -> b instanceof deferredsim.core.reading.Beat.Waits)
                .findFirst()
                .orElseThrow()
                .index();
        robot.interact(() -> model.playback().seek(waits + 1));
        assertThat(text(robot, "#summaryLabel")).contains("d: waiting for x");
    }

    @Test
    void exportAndCopy_produceAPictureAndTheTrace(FxRobot robot) throws Exception {
        // If the learner exports the view and copies the trace, then a PNG is written and the clipboard holds the
        // canonical trace.
        Path png = home.resolve("view.png");
        robot.interact(() -> assertThat(controller.files().exportPng(png)).isTrue());
        assertThat(Files.size(png)).isGreaterThan(1000);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        String[] copied = new String[1];
        robot.interact(() ->
                copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(model.trace());
    }

    @Test
    void themeAndZoom_followTheShortcuts(FxRobot robot) {
        // When the learner presses Ctrl+T and Ctrl+= twice, then the dark sheet is used and the zoom label grows.
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertThat(robot.window(0).getScene().getStylesheets())
                .anySatisfy(s -> assertThat(s).endsWith("dark.css"));
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(text(robot, "#zoomLabel")).isEqualTo("zoom 144%");
    }

    @Test
    void hugeChain_opensAndScrollsToTheEnd(FxRobot robot) throws Exception {
        // If a 100,000-stage chain is opened and scrolled top to bottom, then it opens, scrolls to the far end and
        // shows the result.
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            chain.append(i == 0 ? "" : ", ").append(i % 3 == 1 ? "[\"f x\", \"p\"]" : "[\"p\", \"r ok\"]");
        }
        Path file = home.resolve("huge.json");
        Files.writeString(
                file,
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [" + chain
                        + "], \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\": 0}}]}");
        robot.interact(() -> assertThat(controller.files().openFile(file)).isTrue());
        for (int i = 0; i < 40; i++) {
            robot.interact(() -> controller.lanes().scrollBy(170_000));
        }
        robot.interact(() -> model.playback().last());
        assertThat(controller.lanes().scrollYProperty().get()).isGreaterThan(1_000_000);
        assertThat(text(robot, "#summaryLabel")).startsWith("d: fired: ");
    }
}
