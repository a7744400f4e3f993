package deferredsim.gui.canvas;

/**
 * The whole of what a code-drawn view shows now, not only the part in its viewport: the lanes of
 * every deferred, every track of the timeline, every row of the reactor picture, at the view's
 * zoom, theme and playhead. Taken when asked for; it draws the same whatever the view does after.
 */
public interface Drawing {
    /** The width the whole drawing needs, in pixels. */
    double width();

    /** The height the whole drawing needs, in pixels. */
    double height();

    /**
     * A lower bound of the shapes and texts {@link #paint} draws (0 when there is none to tell), so
     * that a drawing too large for an SVG can be refused before it is drawn.
     */
    default int minimumShapes() {
        return 0;
    }

    /**
     * Draws it all with {@code pen}, its top-left corner at the pen's origin, stretched to {@code
     * width} (at least {@link #width()}): backgrounds and strips that span the view span that width.
     */
    void paint(Pen pen, double width);
}
