package deferredsim.gui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import deferredsim.gui.canvas.Drawing;
import deferredsim.gui.canvas.Pen;
import deferredsim.gui.canvas.SvgDocs;
import deferredsim.gui.canvas.SvgFace;
import deferredsim.gui.canvas.SvgPen;
import deferredsim.gui.theme.Palette;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The views stacked into one SVG picture, written in one atomic step. */
class ViewSvgTest {
    @TempDir
    Path dir;

    /** A drawing of {@code w} × {@code h} that fills itself and writes {@code word}, drawing {@code extra} more dots. */
    private static Drawing drawing(double w, double h, String word, int extra) {
        return new Drawing() {
            @Override
            public double width() {
                return w;
            }

            @Override
            public double height() {
                return h;
            }

            @Override
            public void paint(Pen pen, double width) {
                pen.setFill(Palette.LIGHT.box());
                pen.fillRect(0, 0, width, h);
                pen.setFill(Palette.LIGHT.text());
                pen.fillText(word, 5, 10);
                for (int i = 0; i < extra; i++) {
                    pen.fillOval(i % 100, i / 100 % 100, 1, 1);
                }
            }
        };
    }

    @Test
    void views_areStackedUnderTheirTitles_asWideAsTheWidest() throws Exception {
        // If a titled 300 × 100 view and an untitled 500 × 50 one are exported, then the picture is 500 wide and tall
        // enough for both, the title and a gap; the second view is drawn below the first, stretched to 500.
        List<ViewSvg.Section> sections = List.of(
                new ViewSvg.Section("Reactor run: part 8", drawing(300, 100, "first", 0)),
                new ViewSvg.Section("", drawing(500, 50, "second", 0)));

        Element root = SvgDocs.parse(ViewSvg.render(sections, Palette.DARK, SvgFace.SANS))
                .getDocumentElement();

        double titled = ViewSvg.TITLE_SIZE * 1.3 + ViewSvg.GAP;
        double height = Math.ceil(titled + 100 + ViewSvg.GAP + 50);
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 500 " + (long) height);
        List<Element> rects = SvgDocs.elements(root.getOwnerDocument(), "rect").stream()
                .filter(r -> !r.getParentNode().getNodeName().equals("clipPath"))
                .toList();
        assertThat(rects.get(0).getAttribute("fill"))
                .as("the theme's background")
                .isEqualTo("#16191e");
        assertThat(Double.parseDouble(rects.get(2).getAttribute("y")))
                .isCloseTo(titled + 100 + ViewSvg.GAP, within(0.01));
        assertThat(rects.get(2).getAttribute("width")).isEqualTo("500");
        assertThat(SvgDocs.texts(root.getOwnerDocument())).containsExactly("Reactor run: part 8", "first", "second");
    }

    @Test
    void aDrawingKnownToBeTooLarge_isRefusedBeforeItIsDrawn() {
        // If a view tells beforehand that it draws more shapes than an SVG can usefully hold, then the export fails at
        // once, without drawing it.
        Drawing huge = new Drawing() {
            @Override
            public double width() {
                return 100;
            }

            @Override
            public double height() {
                return 100;
            }

            @Override
            public int minimumShapes() {
                return SvgPen.MAX_SHAPES + 1;
            }

            @Override
            public void paint(Pen pen, double width) {
                throw new AssertionError("drawn although known to be too large");
            }
        };

        assertThatThrownBy(() -> ViewSvg.render(List.of(new ViewSvg.Section("", huge)), Palette.LIGHT, SvgFace.SANS))
                .isInstanceOf(SvgPen.TooLarge.class);
    }

    @Test
    void write_replacesTheFileWhole_leavingNoTemporaryFile() throws Exception {
        // When a picture is written over an existing file, then the file holds the new picture and nothing else is
        // left in the folder.
        Path file = dir.resolve("view.svg");
        Files.writeString(file, "old");
        ViewSvg svg = new ViewSvg(
                () -> List.of(new ViewSvg.Section("", drawing(200, 80, "now", 0))),
                () -> Palette.LIGHT,
                () -> SvgFace.SANS);

        double[] size = svg.write(file);

        assertThat(size).containsExactly(200, 80);
        assertThat(SvgDocs.texts(SvgDocs.parse(Files.readString(file)))).containsExactly("now");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aPictureTooLargeForSvg_leavesTheOldFileAsItWas() throws Exception {
        // If the views need more shapes than an SVG can usefully hold, then writing fails with that reason and the file
        // keeps its old content.
        Path file = dir.resolve("view.svg");
        Files.writeString(file, "old");
        ViewSvg svg = new ViewSvg(
                () -> List.of(new ViewSvg.Section("", drawing(200, 80, "huge", SvgPen.MAX_SHAPES))),
                () -> Palette.LIGHT,
                () -> SvgFace.SANS);

        assertThatThrownBy(() -> svg.write(file)).isInstanceOf(SvgPen.TooLarge.class);

        assertThat(Files.readString(file)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
