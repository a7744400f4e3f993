package deferredsim.cli.text;

import java.util.List;
import java.util.Locale;

/**
 * A text diagram as an SVG picture for slides: every line as monospace text on a character grid
 * (each run placed at its column, so the boxes line up whatever the font's exact advance), styled
 * spans in the colours the terminal shows them in (green callbacks and values, red errbacks and
 * failures, yellow waits, cyan times, faint muted text, inverse for the active stage), on a light
 * background with a little margin.
 *
 * <p>A pure function of the lines; {@link #render} gives a complete standalone SVG 1.1 document.
 */
public final class SvgText {
    /** Font size in pixels; a monospace cell is 0.6 of it wide and 1.25 of it high. */
    static final double FONT_SIZE = 14;

    static final double CELL_WIDTH = FONT_SIZE * 0.6;
    static final double LINE_HEIGHT = FONT_SIZE * 1.25;
    private static final double MARGIN = 12;
    private static final String BACKGROUND = "#ffffff";
    private static final String FOREGROUND = "#1f2328";

    private SvgText() {}

    /** The SVG document of {@code lines}, top to bottom. */
    public static String render(List<StyledLine> lines) {
        int columns = lines.stream().mapToInt(l -> cells(l.text())).max().orElse(0);
        double width = Math.ceil(2 * MARGIN + columns * CELL_WIDTH);
        double height = Math.ceil(2 * MARGIN + lines.size() * LINE_HEIGHT);
        StringBuilder svg = new StringBuilder(256 + lines.size() * 120);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(fmt(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\">\n",
                        width, height, width, height))
                .append(fmt("<rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>\n", BACKGROUND))
                .append(fmt(
                        "<g font-family=\"'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace\""
                                + " font-size=\"%s\" fill=\"%s\" xml:space=\"preserve\">\n",
                        FONT_SIZE, FOREGROUND));
        for (int row = 0; row < lines.size(); row++) {
            line(svg, lines.get(row), row);
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    /** Plain lines (no styles) as SVG. */
    public static String renderPlain(List<String> lines) {
        return render(lines.stream().map(StyledLine::plain).toList());
    }

    private static void line(StringBuilder svg, StyledLine line, int row) {
        String text = line.text();
        double baseline = MARGIN + row * LINE_HEIGHT + FONT_SIZE;
        int at = 0;
        for (StyledLine.Span span : line.spans()) {
            run(svg, text, at, span.start(), null, baseline, row);
            run(svg, text, span.start(), span.end(), span.style(), baseline, row);
            at = span.end();
        }
        run(svg, text, at, text.length(), null, baseline, row);
    }

    private static void run(StringBuilder svg, String text, int from, int to, Style style, double baseline, int row) {
        String piece = text.substring(from, to);
        if (piece.isBlank() && style != Style.ACTIVE) {
            return;
        }
        double x = MARGIN + cells(text.substring(0, from)) * CELL_WIDTH;
        String attributes = style == null ? "" : attributesOf(style);
        if (style == Style.ACTIVE) {
            svg.append(fmt(
                    "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>\n",
                    x, MARGIN + row * LINE_HEIGHT, cells(piece) * CELL_WIDTH, LINE_HEIGHT, FOREGROUND));
        }
        svg.append(fmt("<text x=\"%s\" y=\"%s\"%s>", x, baseline, attributes))
                .append(escape(piece))
                .append("</text>\n");
    }

    /** The SVG presentation attributes of a style, as the terminal's colours show it. */
    static String attributesOf(Style style) {
        return switch (style) {
            case HEADER -> " font-weight=\"bold\"";
            case CALLBACK -> " fill=\"#1a7f37\"";
            case ERRBACK -> " fill=\"#cf222e\"";
            case SUCCESS_VALUE -> " fill=\"#1a7f37\" font-weight=\"bold\"";
            case FAILURE_VALUE -> " fill=\"#cf222e\" font-weight=\"bold\"";
            case ACTIVE -> " fill=\"" + BACKGROUND + "\" font-weight=\"bold\"";
            case MUTED -> " fill=\"#8c959f\"";
            case WAITING -> " fill=\"#9a6700\"";
            case TIME -> " fill=\"#0969da\"";
            case WARNING -> " fill=\"#8250df\" font-weight=\"bold\"";
        };
    }

    /** Terminal cells of {@code text}: one per code point, two for East Asian wide ones. */
    static int cells(String text) {
        return text.codePoints().map(SvgText::cellsOf).sum();
    }

    private static int cellsOf(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        boolean wide = codePoint >= 0x1100
                && (block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                        || block == Character.UnicodeBlock.HIRAGANA
                        || block == Character.UnicodeBlock.KATAKANA
                        || block == Character.UnicodeBlock.HANGUL_SYLLABLES
                        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && codePoint < 0xFF61
                        || (codePoint >= 0x1F300 && codePoint <= 0x1FAFF));
        return wide ? 2 : 1;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                        out.append('?');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String fmt(String format, Object... values) {
        Object[] shown = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            shown[i] = values[i] instanceof Double d ? number(d) : values[i];
        }
        return String.format(Locale.ROOT, format, shown);
    }

    private static String number(double value) {
        return value == Math.rint(value)
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }
}
