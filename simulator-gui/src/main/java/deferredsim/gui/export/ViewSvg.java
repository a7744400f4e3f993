package deferredsim.gui.export;

import deferredsim.core.io.AtomicFile;
import deferredsim.gui.canvas.Drawing;
import deferredsim.gui.canvas.PenFont;
import deferredsim.gui.canvas.SvgFace;
import deferredsim.gui.canvas.SvgPen;
import deferredsim.gui.theme.Palette;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;

/**
 * The code-drawn views on show as one SVG picture, for slides that stay sharp at any size: each
 * view whole (every deferred's lanes, every track and the whole time axis, not only what the
 * viewport shows), one under the other in the window's order, each under its title when it has
 * one, on the theme's background. The views draw themselves with the same painters as on screen
 * ({@link Drawing}), so the picture says what the window says.
 */
public final class ViewSvg {
    /** Space between two views, and around the title of one. */
    static final double GAP = 12;

    /** The size of a view's title. */
    static final double TITLE_SIZE = 14;

    /** A view in the picture: {@code title} above it (none when blank). */
    public record Section(String title, Drawing drawing) {}

    private final Supplier<List<Section>> sections;
    private final Supplier<Palette> palette;
    private final Supplier<SvgFace> face;

    /**
     * @param sections the views on show now, top to bottom
     * @param palette the theme's colours now (the background between the views)
     * @param face the font the texts are named in and placed by
     */
    public ViewSvg(Supplier<List<Section>> sections, Supplier<Palette> palette, Supplier<SvgFace> face) {
        this.sections = sections;
        this.palette = palette;
        this.face = face;
    }

    /**
     * The picture of the views on show now.
     *
     * @throws SvgPen.TooLarge when they need more than {@link SvgPen#MAX_SHAPES} shapes
     */
    public String document() {
        return render(sections.get(), palette.get(), face.get());
    }

    /**
     * Writes {@link #document()} to {@code file} in one atomic replacement (a crash leaves the old
     * file or the new one).
     *
     * @return the picture's width and height in pixels
     * @throws SvgPen.TooLarge as {@link #document()} does; nothing is written then
     */
    public double[] write(Path file) throws IOException {
        List<Section> shown = sections.get();
        double[] size = size(shown);
        String document = render(shown, palette.get(), face.get());
        // Through a temporary file made as any new file is (not a private one): the picture is meant to be shared.
        AtomicFile.write(file, temporary -> Files.writeString(temporary, document, StandardCharsets.UTF_8));
        return size;
    }

    /**
     * The SVG document of {@code shown}, top to bottom, on {@code palette}'s background.
     *
     * @throws SvgPen.TooLarge when they need more than {@link SvgPen#MAX_SHAPES} shapes (at once,
     *     without drawing anything, when their {@link Drawing#minimumShapes()} already do)
     */
    public static String render(List<Section> shown, Palette palette, SvgFace face) {
        long least = shown.stream().mapToLong(s -> s.drawing().minimumShapes()).sum();
        if (least > SvgPen.MAX_SHAPES) {
            throw new SvgPen.TooLarge();
        }
        double[] size = size(shown);
        SvgPen pen = new SvgPen(face);
        pen.setFill(palette.background());
        pen.fillRect(0, 0, size[0], size[1]);
        double y = 0;
        for (Section section : shown) {
            if (!section.title().isBlank()) {
                pen.setFill(palette.text());
                pen.setFont(PenFont.bold(TITLE_SIZE));
                pen.setTextAlign(TextAlignment.LEFT);
                pen.setTextBaseline(VPos.TOP);
                pen.fillText(section.title(), GAP, y + GAP / 2);
                y += titleHeight();
            }
            pen.save();
            pen.translate(0, y);
            pen.clipRect(0, 0, size[0], section.drawing().height());
            section.drawing().paint(pen, size[0]);
            pen.restore();
            y += section.drawing().height() + GAP;
        }
        return pen.document(size[0], size[1]);
    }

    /** The picture's width (the widest view's) and height (all views, their titles and the gaps). */
    static double[] size(List<Section> shown) {
        double width = 0;
        double height = 0;
        for (Section section : shown) {
            width = Math.max(width, section.drawing().width());
            height += section.drawing().height() + (section.title().isBlank() ? 0 : titleHeight());
        }
        height += GAP * Math.max(0, shown.size() - 1);
        return new double[] {Math.ceil(Math.max(1, width)), Math.ceil(Math.max(1, height))};
    }

    private static double titleHeight() {
        return TITLE_SIZE * 1.3 + GAP;
    }
}
