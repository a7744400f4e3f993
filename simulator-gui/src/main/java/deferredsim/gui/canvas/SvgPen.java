package deferredsim.gui.canvas;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Pen} that writes what it is given to draw into an SVG 1.1 document, one element per
 * shape or text, in the order drawn (so later shapes cover earlier ones, as on a canvas).
 *
 * <p>Colours are written as {@code #rrggbb} with their opacity times the global alpha as {@code
 * fill-opacity} / {@code stroke-opacity}; clips become {@code clipPath} rectangles; translations
 * are applied to the coordinates. Text is escaped for XML, every character outside ASCII written as
 * a character reference (so the file reads the same in any encoding), characters XML cannot hold as
 * U+FFFD, line breaks and tabs as spaces (the canvas draws one line); its baseline is placed from
 * the {@link SvgFace}'s ascent and descent where the canvas would place it. Lines have square caps
 * unless set otherwise, as on a canvas.
 *
 * <p>A document may hold at most {@link #MAX_SHAPES} elements; drawing more throws {@link
 * TooLarge}, so an enormous drawing fails at once instead of filling the memory.
 */
public final class SvgPen implements Pen {
    /** The most elements one document holds (an SVG this size is already slow to open). */
    public static final int MAX_SHAPES = 300_000;

    /** Thrown when a drawing needs more than {@link #MAX_SHAPES} elements. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The drawing needs more than {@link #MAX_SHAPES} elements. */
        public TooLarge() {
            super("the drawing has more than " + MAX_SHAPES + " shapes, too many for a usable SVG");
        }
    }

    private static final class State {
        Color fill = Color.BLACK;
        Color stroke = Color.BLACK;
        double lineWidth = 1;
        double[] dashes = new double[0];
        StrokeLineCap cap = StrokeLineCap.SQUARE;
        double alpha = 1;
        PenFont font = PenFont.regular(12);
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        double tx;
        double ty;
        int groups;

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.dashes = dashes;
            s.cap = cap;
            s.alpha = alpha;
            s.font = font;
            s.align = align;
            s.baseline = baseline;
            s.tx = tx;
            s.ty = ty;
            return s;
        }
    }

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private final SvgFace face;
    private final StringBuilder body = new StringBuilder(1 << 16);
    private final StringBuilder defs = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private int clips;
    private int shapes;

    /** A pen writing text in {@code face}. */
    public SvgPen(SvgFace face) {
        this.face = face;
    }

    /** The number of shapes and texts written so far. */
    public int shapes() {
        return shapes;
    }

    /**
     * The complete document: {@code width} by {@code height} pixels (rounded up), its view box the
     * same, holding everything drawn so far. Groups a clip opened are closed in it.
     */
    public String document(double width, double height) {
        String w = num(Math.ceil(width));
        String h = num(Math.ceil(height));
        StringBuilder svg = new StringBuilder(body.length() + defs.length() + 512);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(h)
                .append("\" viewBox=\"0 0 ")
                .append(w)
                .append(' ')
                .append(h)
                .append("\">\n");
        if (!defs.isEmpty()) {
            svg.append("<defs>\n").append(defs).append("</defs>\n");
        }
        svg.append("<g font-family=\"")
                .append(escape(face.families()))
                .append("\" stroke-linecap=\"square\" stroke-miterlimit=\"10\" xml:space=\"preserve\">\n")
                .append(body);
        int open = state.groups;
        for (State s : saved) {
            open += s.groups;
        }
        svg.append("</g>\n".repeat(open));
        return svg.append("</g>\n</svg>\n").toString();
    }

    @Override
    public void save() {
        saved.push(state);
        state = state.copy();
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        body.append("</g>\n".repeat(state.groups));
        state = saved.pop();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        String id = "clip" + ++clips;
        defs.append("<clipPath id=\"").append(id).append("\"><rect");
        box(defs, x, y, Math.max(0, w), Math.max(0, h));
        defs.append("/></clipPath>\n");
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        state.groups++;
    }

    @Override
    public void translate(double x, double y) {
        state.tx += x;
        state.ty += y;
    }

    @Override
    public void setFill(Color color) {
        state.fill = color;
    }

    @Override
    public void setStroke(Color color) {
        state.stroke = color;
    }

    @Override
    public void setLineWidth(double width) {
        state.lineWidth = width;
    }

    @Override
    public void setLineDashes(double... dashes) {
        state.dashes = dashes == null ? new double[0] : dashes.clone();
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        state.cap = cap;
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        state.alpha = Math.max(0, Math.min(1, alpha));
    }

    @Override
    public double getGlobalAlpha() {
        return state.alpha;
    }

    @Override
    public void setFont(PenFont font) {
        state.font = font;
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        state.align = align;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        state.baseline = baseline;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        if (w > 0 && h > 0) {
            start("rect");
            box(body, x, y, w, h);
            fill();
            end();
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        if (w >= 0 && h >= 0) {
            start("rect");
            box(body, x, y, w, h);
            stroke();
            end();
        }
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        if (w > 0 && h > 0) {
            start("rect");
            box(body, x, y, w, h);
            corners(w, h, arcWidth, arcHeight);
            fill();
            end();
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        if (w >= 0 && h >= 0) {
            start("rect");
            box(body, x, y, w, h);
            corners(w, h, arcWidth, arcHeight);
            stroke();
            end();
        }
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        if (w > 0 && h > 0) {
            start("ellipse");
            ellipse(x, y, w, h);
            fill();
            end();
        }
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        if (w >= 0 && h >= 0) {
            start("ellipse");
            ellipse(x, y, w, h);
            stroke();
            end();
        }
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        start("line");
        attribute("x1", x0 + state.tx);
        attribute("y1", y0 + state.ty);
        attribute("x2", x1 + state.tx);
        attribute("y2", y1 + state.ty);
        stroke();
        end();
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        if (n > 0) {
            start("polyline");
            points(xs, ys, n);
            stroke();
            end();
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n > 2) {
            start("polygon");
            points(xs, ys, n);
            fill();
            end();
        }
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        if (n > 0) {
            start("polygon");
            points(xs, ys, n);
            stroke();
            end();
        }
    }

    @Override
    public void strokeCurve(
            double x0, double y0, double cx0, double cy0, double cx1, double cy1, double x1, double y1) {
        start("path");
        body.append(" d=\"M").append(num(x0 + state.tx)).append(' ').append(num(y0 + state.ty));
        body.append(" C").append(num(cx0 + state.tx)).append(' ').append(num(cy0 + state.ty));
        body.append(' ').append(num(cx1 + state.tx)).append(' ').append(num(cy1 + state.ty));
        body.append(' ')
                .append(num(x1 + state.tx))
                .append(' ')
                .append(num(y1 + state.ty))
                .append('"');
        stroke();
        end();
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        double size = state.font.size();
        double baseline = switch (state.baseline) {
            case TOP -> y + face.ascent() * size;
            case CENTER -> y + (face.ascent() - face.descent()) / 2 * size;
            case BOTTOM -> y - face.descent() * size;
            case BASELINE -> y;
        };
        start("text");
        attribute("x", x + state.tx);
        attribute("y", baseline + state.ty);
        attribute("font-size", size);
        if (state.font.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        switch (state.align) {
            case CENTER -> body.append(" text-anchor=\"middle\"");
            case RIGHT -> body.append(" text-anchor=\"end\"");
            default -> {}
        }
        fill();
        body.append('>').append(escape(text)).append("</text>\n");
    }

    private void start(String element) {
        if (++shapes > MAX_SHAPES) {
            throw new TooLarge();
        }
        body.append('<').append(element);
    }

    private void end() {
        body.append("/>\n");
    }

    private void box(StringBuilder to, double x, double y, double w, double h) {
        to.append(" x=\"").append(num(x + state.tx)).append('"');
        to.append(" y=\"").append(num(y + state.ty)).append('"');
        to.append(" width=\"").append(num(w)).append('"');
        to.append(" height=\"").append(num(h)).append('"');
    }

    private void corners(double w, double h, double arcWidth, double arcHeight) {
        double rx = Math.min(w / 2, Math.max(0, arcWidth / 2));
        double ry = Math.min(h / 2, Math.max(0, arcHeight / 2));
        if (rx > 0 && ry > 0) {
            attribute("rx", rx);
            attribute("ry", ry);
        }
    }

    private void ellipse(double x, double y, double w, double h) {
        attribute("cx", x + w / 2 + state.tx);
        attribute("cy", y + h / 2 + state.ty);
        attribute("rx", w / 2);
        attribute("ry", h / 2);
    }

    private void points(double[] xs, double[] ys, int n) {
        body.append(" points=\"");
        for (int i = 0; i < n; i++) {
            body.append(i == 0 ? "" : " ")
                    .append(num(xs[i] + state.tx))
                    .append(',')
                    .append(num(ys[i] + state.ty));
        }
        body.append('"');
    }

    private void attribute(String name, double value) {
        body.append(' ').append(name).append("=\"").append(num(value)).append('"');
    }

    private void fill() {
        body.append(" fill=\"").append(hex(state.fill)).append('"');
        double opacity = state.fill.getOpacity() * state.alpha;
        if (opacity < 1) {
            body.append(" fill-opacity=\"").append(num(opacity, 1000)).append('"');
        }
    }

    private void stroke() {
        body.append(" fill=\"none\" stroke=\"").append(hex(state.stroke)).append('"');
        double opacity = state.stroke.getOpacity() * state.alpha;
        if (opacity < 1) {
            body.append(" stroke-opacity=\"").append(num(opacity, 1000)).append('"');
        }
        if (state.lineWidth != 1) {
            attribute("stroke-width", state.lineWidth);
        }
        if (state.cap != StrokeLineCap.SQUARE) {
            body.append(" stroke-linecap=\"")
                    .append(state.cap == StrokeLineCap.ROUND ? "round" : "butt")
                    .append('"');
        }
        if (state.dashes.length > 0) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < state.dashes.length; i++) {
                body.append(i == 0 ? "" : " ").append(num(state.dashes[i]));
            }
            body.append('"');
        }
    }

    /** {@code #rrggbb} of {@code color} (its opacity is written apart). */
    static String hex(Color color) {
        char[] out = {'#', 0, 0, 0, 0, 0, 0};
        double[] parts = {color.getRed(), color.getGreen(), color.getBlue()};
        for (int i = 0; i < 3; i++) {
            int v = (int) Math.round(parts[i] * 255);
            out[1 + 2 * i] = HEX_DIGITS[v >> 4];
            out[2 + 2 * i] = HEX_DIGITS[v & 15];
        }
        return new String(out);
    }

    /** {@code value} to two decimals, without trailing zeros ({@code 12}, {@code 12.5}, {@code -0.25}). */
    static String num(double value) {
        return num(value, 100);
    }

    private static String num(double value, int scale) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        long scaled = Math.round(value * scale);
        if (scaled == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder();
        if (scaled < 0) {
            s.append('-');
            scaled = -scaled;
        }
        s.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction != 0) {
            String digits = Long.toString(scale + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            s.append('.').append(digits, 0, end);
        }
        return s.toString();
    }

    /**
     * {@code text} as XML character data or attribute value: markup characters and quotes as
     * entities, everything outside printable ASCII as a character reference, characters XML 1.0
     * cannot hold (other control characters, lone surrogates, U+FFFE, U+FFFF) as U+FFFD, line
     * breaks and tabs as spaces.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append((char) c);
                    } else {
                        boolean allowed =
                                c > 0x7e && c < 0xd800 || c >= 0xe000 && c <= 0xfffd || c >= 0x10000 && c <= 0x10ffff;
                        out.append("&#x")
                                .append(Integer.toHexString(allowed ? c : 0xfffd)
                                        .toUpperCase(java.util.Locale.ROOT))
                                .append(';');
                    }
                }
            }
        }
        return out.toString();
    }
}
