package deferredsim.gui.theme;

/** A look for the whole window: a style sheet for the controls plus a palette for the drawings. */
public enum Theme {
    LIGHT("light.css", Palette.LIGHT),
    DARK("dark.css", Palette.DARK);

    private final String styleSheet;
    private final Palette palette;

    Theme(String styleSheet, Palette palette) {
        this.styleSheet = styleSheet;
        this.palette = palette;
    }

    /** The style sheet's URL, added after the shared {@code base.css}. */
    public String styleSheet() {
        return Theme.class.getResource(styleSheet).toExternalForm();
    }

    /** The shared style sheet every theme builds on. */
    public static String baseStyleSheet() {
        return Theme.class.getResource("base.css").toExternalForm();
    }

    /** The colours the lanes and the timeline draw with. */
    public Palette palette() {
        return palette;
    }

    /** The other theme: what the theme toggle switches to. */
    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
