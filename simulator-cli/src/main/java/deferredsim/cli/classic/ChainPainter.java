package deferredsim.cli.classic;

import deferredsim.core.scenario.PairSpec;
import java.util.List;

/** Draws the deferred itself: one row of two boxes per pair, each naming its stage. */
final class ChainPainter {
    private ChainPainter() {}

    /** Draws the boxes of {@code pairs} with the first pair's top-left corner at ({@code x}, {@code y}). */
    static void paint(Canvas canvas, Geometry geometry, List<PairSpec> pairs, int x, int y) {
        int top = y;
        for (PairSpec pair : pairs) {
            paintBox(canvas, geometry, x, top, pair.callback().toString());
            paintBox(
                    canvas,
                    geometry,
                    x + geometry.errbackOffset(),
                    top,
                    pair.errback().toString());
            top += Geometry.PAIR_PITCH;
        }
    }

    /** Draws an empty box with its top-left corner at ({@code x}, {@code y}). */
    static void paintFrame(Canvas canvas, Geometry geometry, int x, int y) {
        int width = geometry.boxWidth();
        canvas.horizontalLine(x, y, width);
        canvas.horizontalLine(x, y + Geometry.BOX_HEIGHT - 1, width);
        canvas.verticalLine(x, y + 1, Geometry.BOX_HEIGHT - 2);
        canvas.verticalLine(x + width - 1, y + 1, Geometry.BOX_HEIGHT - 2);
    }

    /** Writes {@code text} centred inside the box at column {@code x}, on row {@code y}. */
    static void paintInside(Canvas canvas, Geometry geometry, int x, int y, String text) {
        canvas.text(x + 1, y, TextCells.center(text, geometry.boxWidth() - 2));
    }

    private static void paintBox(Canvas canvas, Geometry geometry, int x, int y, String caption) {
        paintFrame(canvas, geometry, x, y);
        paintInside(canvas, geometry, x, y + 2, caption);
    }
}
