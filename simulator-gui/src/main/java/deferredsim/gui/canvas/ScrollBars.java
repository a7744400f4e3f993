package deferredsim.gui.canvas;

import javafx.scene.control.ScrollBar;

/**
 * The scroll bars of the code-drawn views (lanes, timeline, reactor picture): fitted to what they
 * scroll over, and moved just enough to keep a place in sight.
 */
public final class ScrollBars {
    private ScrollBars() {}

    /**
     * Fits {@code bar} to {@code content} pixels seen through {@code room} pixels, stepping by {@code
     * unit}, its value kept within the new range.
     */
    public static void fit(ScrollBar bar, double content, double room, double unit) {
        bar.setMax(Math.max(0, content - room));
        bar.setVisibleAmount(bar.getMax() * room / Math.max(1, content));
        bar.setUnitIncrement(unit);
        bar.setBlockIncrement(room * 0.9);
        bar.setValue(clamp(bar.getValue(), 0, bar.getMax()));
    }

    /**
     * Scrolls {@code bar} so that content position {@code x} is seen through {@code room} pixels:
     * when it is within {@code edge} pixels of either side, it moves to {@code at} (0 to 1) of the
     * way across.
     */
    public static void keepInSight(ScrollBar bar, double x, double room, double edge, double at) {
        double v = bar.getValue();
        if (x < v + edge || x > v + room - edge) {
            bar.setValue(clamp(x - room * at, 0, bar.getMax()));
        }
    }

    /** Sets {@code bar} to {@code value}, within its range. */
    public static void set(ScrollBar bar, double value) {
        bar.setValue(clamp(value, 0, bar.getMax()));
    }

    /** {@code v} within {@code lo} and {@code hi}. */
    public static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
