package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.scenario.ScenarioWriter;
import deferredsim.core.share.ShareLine;
import deferredsim.core.trace.TraceWriter;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's sharing: share lines and JSON through the clipboard, pictures of the view, reload on change on disk. */
@ExtendWith(ApplicationExtension.class)
class ShareWindowTest {
    private static final String SCENARIO = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
            + " \"chain\": [[\"r good\", \"f bad\"], [\"d x\", \"p\"]],"
            + " \"fire\": {\"method\": \"errback\", \"value\": \"boom\", \"after\": 1}},"
            + " {\"name\": \"x\", \"fire\": {\"method\": \"callback\", \"value\": \"later\", \"after\": 2}}]}";
    private static final String REACTOR = "{\"format\": \"reactor-scenario/1\", \"title\": \"Ticks\", \"program\":"
            + " {\"main\": [\"reactor.callLater 1 tick\", \"reactor.run\"],"
            + " \"functions\": {\"tick\": [\"print tick\", \"reactor.stop\"]}}}";

    private MainViewModel model;
    private MainController controller;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("deferred-sim-share-test");
        System.setProperty("deferredsim.gui.home", home.toString());
        model = new MainViewModel();
        controller = MainController.create(model, stage);
        stage.setScene(new Scene(controller.root(), 1000, 700));
        controller.attach(stage.getScene());
        controller.lanes().animationDurationProperty().set(Duration.ZERO);
        controller.files().startWith(null);
        stage.show();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    @Test
    void pasteShareLine_opensTheSameScenarioAsTheFile(FxRobot robot) throws Exception {
        // When the share line of a scenario is pasted, then the window runs the same scenario, unsaved, as its file
        // would.
        String line = ShareLine.encode(SCENARIO);
        Scenario expected = ScenarioReader.read(SCENARIO);

        robot.interact(() -> assertThat(controller.clipboard().open(line)).isTrue());

        assertThat(model.editor().getScenario()).isEqualTo(expected);
        assertThat(model.trace()).isEqualTo(TraceWriter.write(Simulation.run(expected)));
        assertThat(model.document().isDirty()).isTrue();
        assertThat(model.document().getFile()).isNull();
        assertThat(message(robot)).startsWith("Opened the scenario from the share line");
    }

    @Test
    void copyShareLine_thenPasteIt_roundTrips(FxRobot robot) throws Exception {
        // When the window copies its share line and it is pasted back by Ctrl+Shift+V's action, then the scenario is
        // unchanged.
        robot.interact(() -> controller.clipboard().open(SCENARIO));
        String[] copied = new String[1];
        robot.interact(() -> {
            assertThat(controller.clipboard().copyShareLine()).isTrue();
            copied[0] = Clipboard.getSystemClipboard().getString();
        });

        assertThat(copied[0]).startsWith(ShareLine.PREFIX);
        assertThat(ScenarioReader.read(ShareLine.decode(copied[0]))).isEqualTo(ScenarioReader.read(SCENARIO));
        robot.interact(() -> model.document().newDocument(Examples.classic()));
        robot.interact(() -> assertThat(controller.clipboard().paste()).isTrue());
        assertThat(model.editor().getScenario()).isEqualTo(ScenarioReader.read(SCENARIO));
    }

    @Test
    void copyScenario_putsItsJson(FxRobot robot) {
        // When the scenario is copied, then the clipboard holds the JSON the file would hold.
        String[] copied = new String[1];
        robot.interact(() -> {
            assertThat(controller.clipboard().copyJson()).isTrue();
            copied[0] = Clipboard.getSystemClipboard().getString();
        });

        assertThat(copied[0]).isEqualTo(ScenarioWriter.write(model.editor().getScenario()));
    }

    @Test
    void pasteReactorShareLine_showsItsRun(FxRobot robot) throws Exception {
        // When a reactor scenario's share line is pasted, then its run is shown, and copying shares it again.
        String line = ShareLine.encode(REACTOR);

        robot.interact(() -> assertThat(controller.clipboard().open(line)).isTrue());

        assertThat(model.isShowingReactor()).isTrue();
        assertThat(model.trace())
                .isEqualTo(TraceWriter.write(ReactorSimulation.run(ReactorScenarioReader.read(REACTOR))));
        String[] copied = new String[1];
        robot.interact(() -> {
            controller.clipboard().copyShareLine();
            copied[0] = Clipboard.getSystemClipboard().getString();
        });
        assertThat(ShareLine.decode(copied[0])).isEqualTo(ShareLine.decode(line));
    }

    @Test
    void pasteDamagedText_keepsTheScenario(FxRobot robot) {
        // If the pasted text is a damaged share line, then the status line says so and the scenario on show stays.
        Scenario before = model.editor().getScenario();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("dsim1:AAAA*");
            Clipboard.getSystemClipboard().setContent(content);
            assertThat(controller.clipboard().paste()).isFalse();
        });

        assertThat(model.editor().getScenario()).isEqualTo(before);
        assertThat(message(robot)).startsWith("Cannot open the share line: not a share line: it has '*'");
    }

    @Test
    void exportPng_at2x_isTwiceAsWide(FxRobot robot) throws Exception {
        // When the view is exported at 1× and at 2×, then the second picture is twice as wide and high.
        Path one = home.resolve("one.png");
        Path two = home.resolve("two.png");
        robot.interact(() -> {
            assertThat(controller.exports().exportPng(one, 1)).isTrue();
            assertThat(controller.exports().exportPng(two, 2)).isTrue();
        });

        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertThat(large.getWidth()).isEqualTo(small.getWidth() * 2);
        assertThat(large.getHeight()).isEqualTo(small.getHeight() * 2);
    }

    @Test
    void exportGif_hasAFramePerEventAndPutsThePlayheadBack(FxRobot robot) throws Exception {
        // When the run is exported as a GIF at 4 events a second, then it has one frame per event plus the start, and
        // the playhead is where it was.
        Path gif = home.resolve("run.gif");
        robot.interact(() -> model.playback().seek(2));

        robot.interact(() -> assertThat(controller.exports().exportGif(gif, 4)).isTrue());

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(model.playback().getSize() + 1);
        } finally {
            reader.dispose();
        }
        assertThat(model.playback().getPosition()).isEqualTo(2);
        assertThat(message(robot)).contains("frames at 4 events per second");
    }

    @Test
    void copyImage_putsThePictureOnTheClipboard(FxRobot robot) {
        // When the view is copied as an image, then the clipboard holds a picture of the window's size.
        boolean[] hasImage = new boolean[1];
        robot.interact(() -> {
            controller.exports().copyImage();
            hasImage[0] = Clipboard.getSystemClipboard().hasImage();
        });

        assertThat(hasImage[0]).isTrue();
    }

    // If the window shows another scene, then the disk check stops: JavaFX's clock would otherwise keep running it, and
    // with it the replaced window's whole document.
    @Test
    void diskCheck_runsOnlyWhileTheWindowShowsThisScene(FxRobot robot) {
        assertThat(controller.files().watchingDisk()).isTrue();
        Stage stage = (Stage) controller.root().getScene().getWindow();

        robot.interact(() -> stage.setScene(new Scene(new Label("another scene"), 200, 100)));

        assertThat(controller.files().watchingDisk()).isFalse();
    }

    @Test
    void fileChangedOnDisk_reloadsWhenClean_asksWhenEdited(FxRobot robot) throws Exception {
        // When the open file changes on disk, then a clean document reloads at once; an edited one reloads only if the
        // learner agrees.
        Path file = home.resolve("watched.json");
        Files.writeString(file, SCENARIO);
        robot.interact(() -> assertThat(controller.files().openFile(file)).isTrue());

        rewrite(file, SCENARIO.replace("r good", "r better"), 10);
        robot.interact(() -> controller.files().checkDisk());
        assertThat(ScenarioWriter.write(model.editor().getScenario())).contains("return better");
        assertThat(message(robot)).startsWith("Reloaded watched.json");

        Scenario edited = ScenarioReader.read(SCENARIO.replace("r good", "r edited"));
        robot.interact(() -> controller.files().saveTo(file));
        robot.interact(() -> model.editor().load(edited));
        assertThat(model.document().isDirty()).isTrue();
        rewrite(file, SCENARIO.replace("r good", "r theirs"), 20);
        robot.interact(() -> {
            controller.files().reloadQuestion(f -> false);
            controller.files().checkDisk();
        });
        assertThat(ScenarioWriter.write(model.editor().getScenario())).contains("return edited");
        assertThat(message(robot)).startsWith("Kept your edits");

        rewrite(file, SCENARIO.replace("r good", "r final"), 30);
        robot.interact(() -> {
            controller.files().reloadQuestion(f -> true);
            controller.files().checkDisk();
        });
        assertThat(ScenarioWriter.write(model.editor().getScenario())).contains("return final");
    }

    private static void rewrite(Path file, String json, int secondsLater) throws Exception {
        Files.writeString(file, json);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }
}
