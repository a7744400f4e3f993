package deferredsim.gui.canvas;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * What the code-drawn views draw with: the handful of {@link javafx.scene.canvas.GraphicsContext}
 * operations their painters use, with the same meaning, so that one painter draws either on a
 * canvas ({@link CanvasPen}) or into an SVG document ({@link SvgPen}).
 *
 * <p>A pen has a current state (fill and stroke colours, line width, dashes and cap, global alpha,
 * font, text alignment and baseline, translation and clip), saved and restored as a stack. The
 * state at the start is the canvas's: black fill and stroke, line width 1, no dashes, square caps,
 * alpha 1, left-aligned text on its baseline, no translation, no clip. Shapes and text are drawn
 * with the state at the moment they are drawn.
 */
public interface Pen {
    /** Pushes the current state (colours, line, alpha, font, alignment, translation, clip). */
    void save();

    /** Pops the state pushed by the matching {@link #save()}. */
    void restore();

    /** Narrows the clip to the rectangle (in the current translation) until the next {@link #restore()}. */
    void clipRect(double x, double y, double w, double h);

    /** Moves the origin of everything drawn after it by ({@code x}, {@code y}). */
    void translate(double x, double y);

    void setFill(Color color);

    void setStroke(Color color);

    void setLineWidth(double width);

    /** Dash and gap lengths in turn; none (or null) draws solid lines. */
    void setLineDashes(double... dashes);

    void setLineCap(StrokeLineCap cap);

    /** Multiplies the opacity of everything drawn after it (0 to 1). */
    void setGlobalAlpha(double alpha);

    double getGlobalAlpha();

    void setFont(PenFont font);

    /** Where a text's x is: its left end, its middle or its right end. */
    void setTextAlign(TextAlignment align);

    /** Where a text's y is: its top, its middle, its baseline or its bottom. */
    void setTextBaseline(VPos baseline);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    /** A rectangle with rounded corners, {@code arcWidth} and {@code arcHeight} the corners' diameters. */
    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    /** The ellipse inside the rectangle. */
    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x0, double y0, double x1, double y1);

    /** The open line through the first {@code n} points. */
    void strokePolyline(double[] xs, double[] ys, int n);

    /** The closed shape through the first {@code n} points. */
    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    /** A cubic Bézier curve from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}) with two control points. */
    void strokeCurve(double x0, double y0, double cx0, double cy0, double cx1, double cy1, double x1, double y1);

    /** Writes {@code text} on one line, placed by the text alignment and baseline. */
    void fillText(String text, double x, double y);
}
