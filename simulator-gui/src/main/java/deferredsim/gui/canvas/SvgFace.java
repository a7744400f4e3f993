package deferredsim.gui.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The font an SVG drawing names for the canvas's font, and where that font's baseline sits, so
 * text is placed where the canvas places it: {@code families} is an SVG {@code font-family} list,
 * {@code ascent} and {@code descent} are the font's line ascent and descent as fractions of its size.
 */
public record SvgFace(String families, double ascent, double descent) {
    /** Sans-serif families the window's default font is on the common systems, and the generic one. */
    static final String SANS_FAMILIES =
            "'Segoe UI', 'DejaVu Sans', 'Liberation Sans', 'Helvetica Neue', Arial, sans-serif";

    /** A sans-serif face with the metrics of DejaVu Sans, for use without a JavaFX toolkit. */
    public static final SvgFace SANS = new SvgFace(SANS_FAMILIES, 0.928, 0.236);

    /**
     * The window's default font as the canvas draws it: its family first (unless it is JavaFX's
     * logical "System" font, which has no name outside JavaFX), then {@link #SANS}'s families, with
     * the metrics JavaFX measures for it. Needs the JavaFX toolkit to be running.
     */
    public static SvgFace ofCanvas() {
        Font font = CanvasPen.fontOf(PenFont.regular(100));
        Text probe = new Text("Hg");
        probe.setFont(font);
        probe.setTextOrigin(VPos.BASELINE);
        Bounds bounds = probe.getLayoutBounds();
        double ascent = -bounds.getMinY() / font.getSize();
        double descent = bounds.getMaxY() / font.getSize();
        String family = Font.getDefault().getFamily();
        String named = family.isBlank()
                        || family.equalsIgnoreCase("System")
                        || family.contains("'")
                        || SANS_FAMILIES.contains("'" + family + "'")
                ? SANS_FAMILIES
                : "'" + family + "', " + SANS_FAMILIES;
        return ascent > 0 && descent >= 0 ? new SvgFace(named, ascent, descent) : new SvgFace(named, 0.928, 0.236);
    }
}
