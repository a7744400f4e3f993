package deferredsim.cli.classic;

import deferredsim.core.reading.DeferredSnapshot.StageRun;
import deferredsim.core.recording.Side;
import deferredsim.core.value.Value;

/**
 * Draws one firing: the value fired with, then for each stage that ran a box showing what it took
 * and what it gave, then the result, joined by arrows.
 *
 * <p>Values and boxes stand in the callback column or the errback column. An arrow goes straight
 * down within a column; between columns it runs down, across on a line of dashes ({@code
 * |-----|}), and down again.
 */
final class FiringPainter {
    private final Canvas canvas;
    private final Geometry geometry;
    private final int callbackX;
    private final int errbackX;
    private int lastX;
    private int lastY;

    private FiringPainter(Canvas canvas, Geometry geometry, int x) {
        this.canvas = canvas;
        this.geometry = geometry;
        this.callbackX = x;
        this.errbackX = x + geometry.errbackOffset();
    }

    /** Draws {@code firing} with its left edge at column {@code x} and its first value on row {@code y}. */
    static void paint(Canvas canvas, Geometry geometry, Firing firing, int x, int y) {
        FiringPainter painter = new FiringPainter(canvas, geometry, x);
        painter.start(firing.initial(), y);
        for (StageRun step : firing.steps()) {
            painter.step(step);
        }
        painter.end(firing.result());
    }

    private void start(Value initial, int y) {
        lastX = columnOf(initial);
        paintValue(initial, y);
        lastY = y + 4;
    }

    private void step(StageRun step) {
        int boxX = step.side() == Side.CALLBACK ? callbackX : errbackX;
        ChainPainter.paintFrame(canvas, geometry, boxX, lastY);
        ChainPainter.paintInside(canvas, geometry, boxX, lastY + 1, step.in().render());
        ChainPainter.paintInside(canvas, geometry, boxX, lastY + 3, step.out().render());
        connectTo(boxX);
        lastX = boxX;
        lastY += Geometry.PAIR_PITCH;
    }

    private void end(Value result) {
        paintValue(result, lastY);
        connectTo(columnOf(result));
    }

    private int columnOf(Value value) {
        return value.isFailure() ? errbackX : callbackX;
    }

    private void paintValue(Value value, int y) {
        canvas.text(columnOf(value), y, TextCells.center(value.render(), geometry.boxWidth()));
    }

    /** Draws the three rows above {@code lastY}: an arrow from the column at {@code lastX} into {@code x}. */
    private void connectTo(int x) {
        int top = lastY - 3;
        if (x == lastX) {
            canvas.arrow(geometry.middle(x), top, 3);
            return;
        }
        int callbackMiddle = geometry.middle(callbackX);
        int errbackMiddle = geometry.middle(errbackX);
        canvas.verticalLine(geometry.middle(lastX), top, 2);
        canvas.arrow(geometry.middle(x), top + 1, 2);
        canvas.horizontalLine(callbackMiddle + 1, top + 1, errbackMiddle - callbackMiddle - 1);
    }
}
