package deferredsim.gui.timeline;

import deferredsim.core.reading.EventFamily;
import deferredsim.core.time.Time;
import deferredsim.gui.canvas.Pen;
import deferredsim.gui.canvas.PenFont;
import deferredsim.gui.theme.Palette;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link TimeAxis}: round times as ticks, strictly to scale, and the "same instant" band:
 * each instant's events fanned out, tied by a bracket to their true time, instants of several
 * events shaded with their count. Shared by the timeline and the reactor picture, so both read
 * time the same way; {@link #color} gives both the same colour per event family.
 */
public final class AxisPainter {
    private AxisPainter() {}

    /**
     * Ticks at round times: labels at {@code labelY}, lines from {@code lineTop} to {@code
     * lineBottom}, for axis positions {@code from} to {@code to}; {@code screenX} turns an axis
     * position into a screen x.
     */
    public static void ticks(
            Pen pen,
            Palette p,
            TimeAxis axis,
            DoubleUnaryOperator screenX,
            double from,
            double to,
            double labelY,
            double lineTop,
            double lineBottom,
            double zoom) {
        pen.setFont(PenFont.regular(12 * Math.min(zoom, 1.8)));
        pen.setTextAlign(TextAlignment.LEFT);
        pen.setTextBaseline(VPos.CENTER);
        double lastLabel = -1e9;
        for (Time tick : axis.ticks(70 * zoom)) {
            double x = axis.x(tick);
            if (x < from || x > to) {
                continue;
            }
            double sx = screenX.applyAsDouble(x);
            pen.setStroke(p.grid());
            pen.setLineWidth(1);
            pen.strokeLine(sx, lineTop, sx, lineBottom);
            if (sx - lastLabel > 44 * zoom) {
                pen.setFill(p.text());
                pen.fillText("t=" + tick, sx + 3, labelY);
                lastLabel = sx;
            }
        }
    }

    /**
     * The brackets tying each instant's fanned-out events (at {@code yFan}) to its true time (at
     * {@code yTrue}); instants of several events shaded from {@code yFan} down to {@code
     * shadeBottom}, with their count written in the band when there is room.
     */
    public static void brackets(
            Pen pen,
            Palette p,
            TimeAxis axis,
            DoubleUnaryOperator screenX,
            double from,
            double to,
            double yTrue,
            double yFan,
            double shadeBottom,
            double zoom) {
        PenFont small = PenFont.regular(10 * Math.min(zoom, 1.8));
        pen.setFont(small);
        pen.setTextAlign(TextAlignment.CENTER);
        pen.setTextBaseline(VPos.TOP);
        for (TimeAxis.Band band : axis.bands()) {
            if (Math.max(band.x(), band.fanEnd()) < from || Math.min(band.x(), band.fanStart()) > to) {
                continue;
            }
            double x = screenX.applyAsDouble(band.x());
            double x0 = screenX.applyAsDouble(band.fanStart());
            double x1 = screenX.applyAsDouble(band.fanEnd());
            // A fan pushed far from its time (a dense run) gets a short stub instead of a long slanted line.
            boolean far = Math.abs((x0 + x1) / 2 - x) > 240 * zoom;
            pen.setStroke(p.accent().deriveColor(0, 1, 1, band.shared() ? 0.5 : 0.25));
            pen.setLineWidth(1);
            if (band.shared()) {
                pen.setFill(p.accent().deriveColor(0, 1, 1, 0.07));
                pen.fillRect(x0, yFan, x1 - x0, shadeBottom - yFan);
                double apex = far ? (x0 + x1) / 2 : x;
                double apexY = far ? yFan - 4 : yTrue;
                pen.strokePolyline(
                        new double[] {x0, x0, apex, x1, x1}, new double[] {yFan + 3, yFan, apexY, yFan, yFan + 3}, 5);
                String words = band.count() + " at t=" + band.time();
                if (words.length() * small.size() * 0.56 < x1 - x0 - 4) {
                    pen.setFill(p.accent());
                    pen.fillText(words, (x0 + x1) / 2, yFan + 1);
                }
            } else if (!far) {
                pen.strokeLine(x, yTrue, (x0 + x1) / 2, yFan);
            }
        }
    }

    /** The colour of an event family's marks, the same in every drawing. */
    public static Color color(Palette p, EventFamily family) {
        return switch (family) {
            case FIRE, STAGE, SETTLE, OUTCOME -> p.callback();
            case LATE_FIRE, CONTROL -> p.errback();
            case WAIT, LIST, CLOCK -> p.waiting();
            case CREATE -> p.mutedText();
            case EXECUTION, NETWORK, REACTOR, PROCESS -> p.accent();
        };
    }
}
