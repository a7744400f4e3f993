package deferredsim.gui.theme;

import javafx.scene.paint.Color;

/**
 * The colours the code-drawn views (lanes, timeline) use. One palette per {@link Theme}; the
 * style sheets use the same hues for the controls, so both halves of the window match.
 *
 * <p>Callback things are blue-green, errback things are red-orange, as the classic diagram's
 * readers expect; colours are chosen to keep at least 4.5:1 contrast for text on a projector.
 */
public record Palette(
        Color background,
        Color laneCallback,
        Color laneErrback,
        Color box,
        Color boxBorder,
        Color text,
        Color mutedText,
        Color callback,
        Color errback,
        Color token,
        Color tokenFailure,
        Color waiting,
        Color accent,
        Color grid) {

    /** The light look: white paper, dark text. */
    public static final Palette LIGHT = new Palette(
            Color.web("#fbfbfd"),
            Color.web("#e8f4f1"),
            Color.web("#fbece8"),
            Color.web("#ffffff"),
            Color.web("#9aa3ad"),
            Color.web("#1d232b"),
            Color.web("#5d6673"),
            Color.web("#0b7a6a"),
            Color.web("#c23b22"),
            Color.web("#1565c0"),
            Color.web("#c23b22"),
            Color.web("#b7791f"),
            Color.web("#6a3fc1"),
            Color.web("#d5dae0"));

    /** The dark look: for dim rooms; the same hues, lighter. */
    public static final Palette DARK = new Palette(
            Color.web("#16191e"),
            Color.web("#15302b"),
            Color.web("#3a1f1a"),
            Color.web("#22272e"),
            Color.web("#5b6571"),
            Color.web("#e6e9ed"),
            Color.web("#a3acb8"),
            Color.web("#4fd1b5"),
            Color.web("#ff8a70"),
            Color.web("#64b5f6"),
            Color.web("#ff8a70"),
            Color.web("#f6c453"),
            Color.web("#b69cff"),
            Color.web("#2d333b"));
}
