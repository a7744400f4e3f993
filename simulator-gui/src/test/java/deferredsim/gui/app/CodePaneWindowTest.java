package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.gui.code.CodeView;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The code pane beside the lanes: a recording's own source, or the scenario as code, following the playhead. */
@ExtendWith(ApplicationExtension.class)
class CodePaneWindowTest {
    /** A recording as {@code deferred-sim record} writes it, of a five-line program (plain data: nothing runs). */
    private static final String RECORDING = String.join(
            "\n",
            "{\"format\":\"deferred-recording/1\",",
            "\"program\":{\"script\":\"shout.py\",\"args\":[],\"python\":\"3.11.2\",\"twisted\":\"22.4.0\"},",
            "\"clock\":\"real\",",
            "\"ended\":{\"how\":\"finished\",\"status\":0,\"seconds\":0.2},",
            "\"output\":[\"HI\"],",
            "\"events\":[",
            "{\"t\":0.01,\"e\":\"source\",\"file\":0,\"path\":\"shout.py\",\"text\":\"from twisted.internet.defer"
                    + " import Deferred\\ndef loud(s): return s.upper()\\nd = Deferred()\\nd.addCallback(loud)\\n"
                    + "d.callback('hi')\\n\",\"cut\":false},",
            "{\"t\":0.02,\"e\":\"created\",\"d\":\"d\",\"kind\":\"plain\",\"at\":[0,3]},",
            "{\"t\":0.03,\"e\":\"pair\",\"d\":\"d\",\"stage\":0,\"callback\":\"loud\",\"errback\":\"passthru\","
                    + "\"before\":true,\"at\":[0,4]},",
            "{\"t\":0.04,\"e\":\"fire\",\"d\":\"d\",\"method\":\"callback\",\"value\":\"hi\",\"at\":[0,5]},",
            "{\"t\":0.05,\"e\":\"run\",\"d\":\"d\",\"stage\":0,\"side\":\"callback\",\"in\":\"hi\",\"out\":\"HI\","
                    + "\"at\":[0,2]},",
            "{\"t\":0.06,\"e\":\"settled\",\"d\":\"d\",\"result\":\"HI\",\"unhandled\":false,\"at\":[0,5]},",
            "{\"t\":0.07,\"e\":\"outcome\",\"d\":\"d\",\"state\":\"fired\",\"value\":\"HI\",\"unhandled\":false}",
            "]}",
            "");

    @TempDir
    Path dir;

    private MainViewModel model;
    private MainController controller;

    @Start
    void start(Stage stage) throws Exception {
        TestWindow window = TestWindow.open(stage, 1280, 800);
        model = window.model();
        controller = window.controller();
    }

    @Test
    void recording_steppedForwardAndBack_highlightsTheLineOfEachEvent(FxRobot robot) throws Exception {
        // If a recording is opened and stepped, then the code pane shows the program's source with the line of the
        // last event highlighted: the fire's line, then the callback's own line, and the fire's line again on the
        // way back.
        Path file = Files.writeString(dir.resolve("shout.recording.json"), RECORDING);
        robot.interact(() -> assertThat(controller.files().openFile(file)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        CodeView code = controller.codeView();

        assertThat(code.listingProperty().get().files().get(0).path()).isEqualTo("shout.py");
        assertThat(code.currentLine()).isEqualTo(-1);
        robot.interact(() -> model.playback().seek(3));
        assertThat(code.currentLine()).isEqualTo(5);
        assertThat(code.currentText()).isEqualTo("d.callback('hi')");
        robot.interact(() -> model.playback().stepForward());
        assertThat(code.currentLine()).isEqualTo(2);
        assertThat(code.currentText()).isEqualTo("def loud(s): return s.upper()");
        robot.interact(() -> model.playback().stepBack());
        assertThat(code.currentLine()).isEqualTo(5);
        assertThat(model.mainTitleProperty().get()).isEqualTo("shout.py, recorded");
    }

    @Test
    void editorScenario_stepped_highlightsALineOfTheScenarioAsCode(FxRobot robot) {
        // If the editor's chain is stepped to its end, then the code pane shows it as Twisted code with a line lit.
        robot.interact(() -> model.playback().first());
        CodeView code = controller.codeView();
        assertThat(model.codeProperty().get()).isNotNull();

        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                model.playback().stepForward();
            }
        });

        assertThat(code.currentLine()).isPositive();
        assertThat(code.currentText()).isNotBlank();
    }

    @Test
    void reactorProgram_stepped_highlightsTheProgramsLineOfEachEvent(FxRobot robot) {
        // If a reactor scenario with a program is opened and stepped, then the code pane shows the program as a
        // Twisted module, with the callLater's line lit at its timed call and the print's line at the print.
        Path file = Path.of("..", "examples", "reactor", "part3-3-blocking-callback-delays-timer.json");
        robot.interact(() -> assertThat(controller.files().openFile(file)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        CodeView code = controller.codeView();

        assertThat(code.listingProperty().get().files().get(0).path()).isEqualTo("program.py");
        robot.interact(() -> model.playback().seek(1));
        assertThat(code.currentText()).isEqualTo("reactor.callLater(1, tick)");
        robot.interact(() -> model.playback().seek(5));
        assertThat(code.currentText()).isEqualTo("print(\"hogging the thread\")");
        robot.interact(() -> model.playback().stepBack());
        assertThat(code.currentText()).isEqualTo("def hog():");
    }

    @Test
    void reactorScenario_opened_codePaneStandsAsideForTheReactorPicture(FxRobot robot) {
        // If a reactor scenario without a program is opened, then there is no code to show, and the pane leaves the
        // room to the picture.
        Path file = Path.of("..", "examples", "reactor", "part1-1-tasks-that-wait.json");
        robot.interact(() -> assertThat(controller.files().openFile(file)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.codeProperty().get()).isNull();
        assertThat(controller.codeView().getParent()).isNull();
    }
}
