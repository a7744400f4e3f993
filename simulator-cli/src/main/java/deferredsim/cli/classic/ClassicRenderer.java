package deferredsim.cli.classic;

import deferredsim.core.scenario.PairSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the classic diagram of the original {@code deferred-simulator.py}: the deferred's pairs as
 * boxes, and how the deferred fires with {@code d.callback(initial)} and with {@code
 * d.errback(initial*)}. A value followed by {@code *} is a failure.
 *
 * <p>Both methods are pure functions of the snapshot. The lines they return have no trailing
 * spaces and the last one is not blank; they may start with a blank line. When every value is at
 * most six characters long (all the original accepts) the text is, line for line, what the
 * original prints; longer values widen every box to fit the longest text.
 */
public final class ClassicRenderer {
    private static final String DEFERRED = "Deferred";

    /* Overview: the chain's top sits four rows below the firings' first values, so that each pair's
     * passive boxes line up with the active boxes of the same pair in the firing columns. */
    private static final int WIDE_FIRING_TOP = 3;
    private static final int WIDE_CHAIN_TOP = WIDE_FIRING_TOP + 4;
    private static final int COLUMN_GAP = 6;

    private ClassicRenderer() {}

    /**
     * The default layout: the chain, the callback firing and the errback firing side by side under
     * their headings, the columns separated by vertical lines.
     */
    public static List<String> wide(ClassicSnapshot snapshot) {
        List<PairSpec> pairs = snapshot.pairs();
        Geometry geometry = Geometry.fitting(snapshot);
        int width = geometry.chainWidth();
        int pitch = width + COLUMN_GAP;
        Canvas canvas = new Canvas();
        heading(canvas, geometry, 0, 0, DEFERRED);
        heading(canvas, geometry, pitch, 0, callbackTitle(snapshot));
        heading(canvas, geometry, 2 * pitch, 0, errbackTitle(snapshot));
        ChainPainter.paint(canvas, geometry, pairs, 0, WIDE_CHAIN_TOP);
        FiringPainter.paint(canvas, geometry, snapshot.callbackFiring(), pitch, WIDE_FIRING_TOP);
        FiringPainter.paint(canvas, geometry, snapshot.errbackFiring(), 2 * pitch, WIDE_FIRING_TOP);
        int separatorX = width + COLUMN_GAP / 2;
        canvas.verticalLine(separatorX, WIDE_FIRING_TOP, geometry.firingHeight(pairs.size()));
        canvas.verticalLine(separatorX + pitch, WIDE_FIRING_TOP, geometry.firingHeight(pairs.size()));
        return canvas.lines();
    }

    /**
     * The {@code --narrow} layout: the chain, then the callback firing, then the errback firing,
     * one under the other in a single column, each section after a blank line and a heading.
     */
    public static List<String> narrow(ClassicSnapshot snapshot) {
        Geometry geometry = Geometry.fitting(snapshot);
        List<String> lines = new ArrayList<>();

        Canvas chain = new Canvas();
        heading(chain, geometry, 0, 1, DEFERRED);
        ChainPainter.paint(chain, geometry, snapshot.pairs(), 0, 4);
        lines.addAll(chain.lines());

        lines.add("");
        lines.addAll(narrowFiring(geometry, callbackTitle(snapshot), snapshot.callbackFiring()));
        lines.add("");
        lines.addAll(narrowFiring(geometry, errbackTitle(snapshot), snapshot.errbackFiring()));
        return List.copyOf(lines);
    }

    private static List<String> narrowFiring(Geometry geometry, String title, Firing firing) {
        Canvas canvas = new Canvas();
        heading(canvas, geometry, 0, 2, title);
        FiringPainter.paint(canvas, geometry, firing, 0, 5);
        return canvas.lines();
    }

    /** {@code d.callback(initial)}: the call that made the callback firing. */
    private static String callbackTitle(ClassicSnapshot snapshot) {
        return "d.callback(" + snapshot.callbackFiring().initial().render() + ")";
    }

    /** {@code d.errback(initial*)}: the call that made the errback firing. */
    private static String errbackTitle(ClassicSnapshot snapshot) {
        return "d.errback(" + snapshot.errbackFiring().initial().render() + ")";
    }

    /** Writes {@code title} underlined with dashes, both centred over a chain's width. */
    private static void heading(Canvas canvas, Geometry geometry, int x, int y, String title) {
        int width = geometry.chainWidth();
        canvas.text(x, y, TextCells.center(title, width));
        canvas.text(x, y + 1, TextCells.center("-".repeat(TextCells.length(title)), width));
    }
}
