package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reading.Reading;
import deferredsim.gui.canvas.CanvasPen;
import deferredsim.gui.canvas.Drawing;
import deferredsim.gui.canvas.RecordingPen;
import deferredsim.gui.canvas.SvgDocs;
import deferredsim.gui.canvas.SvgFace;
import deferredsim.gui.canvas.SvgPen;
import deferredsim.gui.reactor.ReactorPicture;
import deferredsim.gui.reactor.ReactorView;
import deferredsim.gui.theme.Palette;
import deferredsim.gui.theme.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * File › Export view as SVG in the real window: the views whole, well-formed, in the theme's colours,
 * saying what the canvases say. (Tests call the export with a path, as the file chooser would.)
 */
@ExtendWith(ApplicationExtension.class)
class SvgExportWindowTest {
    private static final Path CORPUS =
            Path.of("..", "simulator-core", "src", "test", "resources", "conformance", "trace");
    private MainViewModel model;
    private MainController controller;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        TestWindow window = TestWindow.open(stage, 1280, 800);
        model = window.model();
        controller = window.controller();
        home = window.home();
    }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> assertThat(controller.files().openFile(file)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.playback().last());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Document export(FxRobot robot, String name) throws Exception {
        Path svg = home.resolve(name);
        robot.interact(() -> assertThat(controller.exports().exportSvg(svg)).isTrue());
        return SvgDocs.parse(Files.readString(svg));
    }

    private String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void chainWithInnerDeferreds_isExportedWhole_withTheWordsOfLanesAndTimeline(FxRobot robot) throws Exception {
        // If a chain whose deferreds wait on inner ones three levels deep is played to its end and exported, then the
        // SVG parses, is at least as large as the lanes and the timeline drawn whole (wider than the lanes' viewport),
        // and holds every deferred's name, the values that went through the stages, and the timeline's words.
        open(robot, CORPUS.resolve("inner-nested-three-levels.json"));

        Document doc = export(robot, "chain.svg");

        Element root = doc.getDocumentElement();
        Drawing lanes = controller.lanes().wholeDrawing();
        Drawing timeline = controller.timeline().wholeDrawing();
        assertThat(root.getAttribute("viewBox"))
                .isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
        assertThat(number(root, "width")).isGreaterThanOrEqualTo(Math.max(lanes.width(), timeline.width()));
        assertThat(number(root, "width")).isGreaterThan(controller.lanes().getWidth());
        assertThat(number(root, "height")).isGreaterThanOrEqualTo(lanes.height() + timeline.height());
        List<String> texts = SvgDocs.texts(doc);
        assertThat(texts).contains("d", "x", "y", "z", "time", "same instant", "fire / stage");
        assertThat(texts).contains(model.lanes().headerText("d"), model.lanes().headerText("z"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("deep"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("ylast"));
        Reading reading = model.playback().getReading();
        String lastLabel = reading.label(reading.size() - 1);
        Element label = SvgDocs.elements(doc, "text").stream()
                .filter(t -> t.getTextContent().equals(lastLabel))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(number(label, "x") + lastLabel.length() * number(label, "font-size") * 0.6)
                .as("the current event's label, at the axis's end, fits in the picture")
                .isLessThanOrEqualTo(number(root, "width"));
        assertThat(message(robot)).startsWith("Exported the views, whole, to chain.svg (");
    }

    @Test
    void reactorRun_isExportedWithItsPictureLanesAndTimeline(FxRobot robot) throws Exception {
        // If Part 8's defer-block program is played to its end and exported, then the SVG holds the run's title, each
        // process's group title, the late tick's words, the deferred d's lanes and the timeline, in the window's order.
        open(robot, Path.of("..", "examples", "reactor", "part8-1-defer-block.json"));
        ReactorView view = robot.lookup("#reactorView").queryAs(ReactorView.class);

        Document doc = export(robot, "reactor.svg");

        List<String> texts = SvgDocs.texts(doc);
        String title = model.reactor().titleProperty().get();
        assertThat(texts.get(0)).isEqualTo(title);
        for (ReactorPicture.Group group : view.picture().groups()) {
            assertThat(texts).contains(group.title());
        }
        assertThat(texts).contains("10.5 s late", "time, to scale", "d", "time", "fire / stage");
        assertThat(texts.indexOf("time, to scale")).isLessThan(texts.indexOf("d"));
        assertThat(texts.indexOf("d")).isLessThan(texts.lastIndexOf("same instant"));
        Element root = doc.getDocumentElement();
        assertThat(number(root, "width"))
                .isGreaterThanOrEqualTo(view.wholeDrawing().width());
    }

    @Test
    void colours_comeFromTheThemeOnShow(FxRobot robot) throws Exception {
        // When the same run is exported in the light theme and then the dark one, then each picture's background and
        // callback colour are its theme's, and the dark one has none of the light background.
        open(robot, CORPUS.resolve("inner-deferred-own-chain.json"));
        Document lightDoc = export(robot, "light.svg");
        String light = Files.readString(home.resolve("light.svg"));
        robot.interact(() -> model.themeProperty().set(Theme.DARK));

        Document darkDoc = export(robot, "dark.svg");

        assertThat(firstFill(lightDoc)).isEqualTo(hex(Palette.LIGHT.background()));
        assertThat(firstFill(darkDoc)).isEqualTo(hex(Palette.DARK.background()));
        String dark = Files.readString(home.resolve("dark.svg"));
        assertThat(dark).contains(hex(Palette.DARK.callback())).contains(hex(Palette.DARK.errback()));
        assertThat(dark).doesNotContain(hex(Palette.LIGHT.background()));
        assertThat(light).isNotEqualTo(dark);
    }

    private static String firstFill(Document doc) {
        return SvgDocs.elements(doc, "rect").stream()
                .filter(r -> !r.getParentNode().getNodeName().equals("clipPath"))
                .findFirst()
                .orElseThrow()
                .getAttribute("fill");
    }

    private static String hex(javafx.scene.paint.Color c) {
        return String.format(
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    @Test
    void specialCharactersInValues_areEscapedAndReadBack(FxRobot robot) throws Exception {
        // If values hold <, &, both quotes and letters outside ASCII, then the file is plain ASCII with them escaped,
        // and read back it says those values.
        Path scenario = home.resolve("special.json");
        Files.writeString(scenario, """
            {"format": "deferred-scenario/1",
             "deferreds": [
              {"name": "d", "chain": [["defer x", "p"], ["r x<y>&z", "p"]],
               "fire": {"method": "callback", "value": "a<b&\\"c\\"'ü", "after": 0}},
              {"name": "x", "chain": [["r Grüße<&>", "p"]], "fire": {"method": "callback", "value": "inner", "after": 1}}
             ]}
            """, StandardCharsets.UTF_8);
        open(robot, scenario);

        Document doc = export(robot, "special.svg");

        String raw = Files.readString(home.resolve("special.svg"));
        assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(raw)).isTrue();
        assertThat(raw).contains("x&lt;y&gt;&amp;z").contains("Gr&#xFC;&#xDF;e&lt;&amp;&gt;");
        List<String> texts = SvgDocs.texts(doc);
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("x<y>&z"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Grüße<&>"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("a<b&\"c\"'ü"));
    }

    @Test
    void comparing_exportsBothFiringsUnderTheirTitles(FxRobot robot) throws Exception {
        // When the two firings are compared and exported, then the picture has both lanes drawings, each under the
        // title the window gives it, the callback firing's above the errback firing's.
        open(robot, CORPUS.resolve("inner-deferred-own-chain.json"));
        robot.interact(() -> model.compareProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> texts = SvgDocs.texts(export(robot, "compare.svg"));

        String main = model.mainTitleProperty().get();
        String other = model.compareTitleProperty().get();
        assertThat(main).isNotBlank();
        assertThat(other).startsWith("The other firing");
        assertThat(texts.indexOf(main)).isGreaterThanOrEqualTo(0).isLessThan(texts.indexOf(other));
        assertThat(texts.subList(texts.indexOf(other), texts.size())).contains("d", "x");
    }

    @Test
    void exportingAgain_replacesTheFileWhole(FxRobot robot) throws Exception {
        // When the view is exported twice to the same file, a step apart, then the file holds the second picture and
        // no temporary file is left beside it.
        open(robot, CORPUS.resolve("inner-deferred-own-chain.json"));
        Path svg = home.resolve("again.svg");
        robot.interact(() -> assertThat(controller.exports().exportSvg(svg)).isTrue());
        String first = Files.readString(svg);
        robot.interact(() -> model.playback().first());

        robot.interact(() -> assertThat(controller.exports().exportSvg(svg)).isTrue());

        assertThat(Files.readString(svg)).isNotEqualTo(first);
        SvgDocs.parse(Files.readString(svg));
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void canvasAndSvg_areAskedTheSameDrawing_andTheSvgWritesEveryText(FxRobot robot) throws Exception {
        // When the lanes, the timeline and the reactor picture of a reactor run are drawn whole on a canvas and into an
        // SVG, then both pens get the same calls in the same order (state read back included), and the SVG's texts are
        // the drawn texts, in that order.
        open(robot, Path.of("..", "examples", "reactor", "part8-1-defer-block.json"));
        robot.interact(() -> model.playback().seek(model.playback().getSize() / 2));
        ReactorView view = robot.lookup("#reactorView").queryAs(ReactorView.class);
        for (Drawing drawing : new Drawing[] {
            controller.lanes().wholeDrawing(), controller.timeline().wholeDrawing(), view.wholeDrawing()
        }) {
            Calls calls = drawnBoth(robot, drawing);
            assertThat(calls.canvas()).hasSizeGreaterThan(50).isEqualTo(calls.svg());
        }
    }

    /** The calls a canvas pen and an SVG pen got for one drawing. */
    private record Calls(List<String> canvas, List<String> svg) {}

    private static Calls drawnBoth(FxRobot robot, Drawing drawing) throws Exception {
        RecordingPen[] pens = new RecordingPen[2];
        SvgPen svg = new SvgPen(SvgFace.SANS);
        robot.interact(() -> {
            pens[0] = new RecordingPen(new CanvasPen(new Canvas(400, 300).getGraphicsContext2D()));
            drawing.paint(pens[0], drawing.width());
            pens[1] = new RecordingPen(svg);
            drawing.paint(pens[1], drawing.width());
        });
        List<String> drawn = pens[1].texts().stream().filter(t -> !t.isEmpty()).toList();
        assertThat(SvgDocs.texts(SvgDocs.parse(svg.document(drawing.width(), drawing.height()))))
                .isEqualTo(drawn);
        return new Calls(pens[0].calls(), pens[1].calls());
    }
}
