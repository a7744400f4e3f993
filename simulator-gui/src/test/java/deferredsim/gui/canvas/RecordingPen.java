package deferredsim.gui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * A pen that writes down every call it gets (with its arguments, and what a getter answered) and
 * passes it on to another pen: two of them show whether two backends were asked the same things.
 */
public final class RecordingPen implements Pen {
    private final Pen to;
    private final List<String> calls = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    public RecordingPen(Pen to) {
        this.to = to;
    }

    /** Every call so far, in order. */
    public List<String> calls() {
        return calls;
    }

    /** The texts {@link #fillText} was given, in order. */
    public List<String> texts() {
        return texts;
    }

    private void note(String name, Object... args) {
        calls.add(name
                + Arrays.stream(args)
                        .map(a -> a instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(a))
                        .collect(Collectors.joining(", ", "(", ")")));
    }

    private static String points(double[] xs, double[] ys, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(String.format(Locale.ROOT, "%.3f,%.3f ", xs[i], ys[i]));
        }
        return s.toString();
    }

    @Override
    public void save() {
        note("save");
        to.save();
    }

    @Override
    public void restore() {
        note("restore");
        to.restore();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        note("clipRect", x, y, w, h);
        to.clipRect(x, y, w, h);
    }

    @Override
    public void translate(double x, double y) {
        note("translate", x, y);
        to.translate(x, y);
    }

    @Override
    public void setFill(Color color) {
        note("setFill", color);
        to.setFill(color);
    }

    @Override
    public void setStroke(Color color) {
        note("setStroke", color);
        to.setStroke(color);
    }

    @Override
    public void setLineWidth(double width) {
        note("setLineWidth", width);
        to.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        note("setLineDashes", Arrays.toString(dashes));
        to.setLineDashes(dashes);
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        note("setLineCap", cap);
        to.setLineCap(cap);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        note("setGlobalAlpha", alpha);
        to.setGlobalAlpha(alpha);
    }

    @Override
    public double getGlobalAlpha() {
        double alpha = to.getGlobalAlpha();
        note("getGlobalAlpha=", alpha);
        return alpha;
    }

    @Override
    public void setFont(PenFont font) {
        note("setFont", font);
        to.setFont(font);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        note("setTextAlign", align);
        to.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        note("setTextBaseline", baseline);
        to.setTextBaseline(baseline);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        note("fillRect", x, y, w, h);
        to.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        note("strokeRect", x, y, w, h);
        to.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        note("fillRoundRect", x, y, w, h, arcWidth, arcHeight);
        to.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        note("strokeRoundRect", x, y, w, h, arcWidth, arcHeight);
        to.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        note("fillOval", x, y, w, h);
        to.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        note("strokeOval", x, y, w, h);
        to.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        note("strokeLine", x0, y0, x1, y1);
        to.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        note("strokePolyline", points(xs, ys, n));
        to.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        note("fillPolygon", points(xs, ys, n));
        to.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        note("strokePolygon", points(xs, ys, n));
        to.strokePolygon(xs, ys, n);
    }

    @Override
    public void strokeCurve(
            double x0, double y0, double cx0, double cy0, double cx1, double cy1, double x1, double y1) {
        note("strokeCurve", x0, y0, cx0, cy0, cx1, cy1, x1, y1);
        to.strokeCurve(x0, y0, cx0, cy0, cx1, cy1, x1, y1);
    }

    @Override
    public void fillText(String text, double x, double y) {
        note("fillText", text, x, y);
        texts.add(text);
        to.fillText(text, x, y);
    }
}
