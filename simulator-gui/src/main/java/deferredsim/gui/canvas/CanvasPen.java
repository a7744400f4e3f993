package deferredsim.gui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Pen} that draws on a JavaFX canvas: every operation is the graphics context's own. Its
 * fonts are the window's default family ({@link Font#getDefault()}) at the pen font's size and
 * weight, made once per pen font. Used on the JavaFX thread, as the canvas is.
 */
public final class CanvasPen implements Pen {
    private final GraphicsContext gc;
    private final Map<PenFont, Font> fonts = new HashMap<>();

    /** A pen drawing with {@code gc}. */
    public CanvasPen(GraphicsContext gc) {
        this.gc = gc;
    }

    /** The JavaFX font {@code font} stands for on a canvas. */
    public static Font fontOf(PenFont font) {
        return Font.font(Font.getDefault().getFamily(), font.bold() ? FontWeight.BOLD : FontWeight.NORMAL, font.size());
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
        gc.beginPath();
    }

    @Override
    public void translate(double x, double y) {
        gc.translate(x, y);
    }

    @Override
    public void setFill(Color color) {
        gc.setFill(color);
    }

    @Override
    public void setStroke(Color color) {
        gc.setStroke(color);
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes);
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        gc.setLineCap(cap);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public double getGlobalAlpha() {
        return gc.getGlobalAlpha();
    }

    @Override
    public void setFont(PenFont font) {
        gc.setFont(fonts.computeIfAbsent(font, CanvasPen::fontOf));
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        gc.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        gc.setTextBaseline(baseline);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        gc.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        gc.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        gc.strokePolygon(xs, ys, n);
    }

    @Override
    public void strokeCurve(
            double x0, double y0, double cx0, double cy0, double cx1, double cy1, double x1, double y1) {
        gc.beginPath();
        gc.moveTo(x0, y0);
        gc.bezierCurveTo(cx0, cy0, cx1, cy1, x1, y1);
        gc.stroke();
        gc.beginPath();
    }

    @Override
    public void fillText(String text, double x, double y) {
        gc.fillText(text, x, y);
    }
}
