package deferredsim.lessons.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Inline Markdown inside a block: {@code `code`}, {@code *emphasis*}, {@code **strong**}, {@code
 * [text](url)} and backslash escapes. Pure functions; no state.
 */
public final class Inline {
    /** What a piece of text is. */
    public enum Style {
        PLAIN,
        CODE,
        EMPHASIS,
        STRONG,
        LINK
    }

    /** A run of text in one style; {@code url} is set for links only. */
    public record Span(Style style, String text, String url) {
        public Span {
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(text, "text");
        }
    }

    private Inline() {}

    /** The spans of {@code text}, in order. Unclosed markers are kept as plain text. */
    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Style style = Style.PLAIN;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "\\`*_[]()#+-.!>".indexOf(text.charAt(i + 1)) >= 0) {
                plain.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int end = text.indexOf('`', i + 1);
                if (end < 0) {
                    plain.append(c);
                    i++;
                } else {
                    flush(spans, plain, style);
                    spans.add(new Span(Style.CODE, text.substring(i + 1, end), null));
                    i = end + 1;
                }
            } else if (c == '*'
                    && text.startsWith("**", i)
                    && (style == Style.STRONG || text.indexOf("**", i + 2) > 0)) {
                flush(spans, plain, style);
                style = style == Style.STRONG ? Style.PLAIN : Style.STRONG;
                i += 2;
            } else if (c == '*' && (style == Style.EMPHASIS ? closesEmphasis(text, i) : opensEmphasis(text, i))) {
                flush(spans, plain, style);
                style = style == Style.EMPHASIS ? Style.PLAIN : Style.EMPHASIS;
                i++;
            } else if (c == '[' && link(text, i) > 0) {
                int close = text.indexOf("](", i);
                int end = link(text, i);
                flush(spans, plain, style);
                spans.add(new Span(Style.LINK, text.substring(i + 1, close), text.substring(close + 2, end)));
                i = end + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(spans, plain, style);
        return spans;
    }

    /** {@code text} without markup: code as {@code `code`}, links as "text (url)", emphasis unmarked. */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans(text)) {
            switch (span.style()) {
                case CODE:
                    out.append('`').append(span.text()).append('`');
                    break;
                case LINK:
                    out.append(span.text()).append(" (").append(span.url()).append(')');
                    break;
                default:
                    out.append(span.text());
            }
        }
        return out.toString();
    }

    /** A single {@code *} opens emphasis when it is left-flanking (as CommonMark says) and a later one closes it. */
    private static boolean opensEmphasis(String text, int at) {
        if (at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1)) || text.indexOf('*', at + 1) < 0) {
            return false;
        }
        boolean nextIsPunctuation = isPunctuation(text.charAt(at + 1));
        boolean afterSpaceOrPunctuation =
                at == 0 || Character.isWhitespace(text.charAt(at - 1)) || isPunctuation(text.charAt(at - 1));
        return !nextIsPunctuation || afterSpaceOrPunctuation;
    }

    private static boolean closesEmphasis(String text, int at) {
        return at > 0 && !Character.isWhitespace(text.charAt(at - 1));
    }

    private static boolean isPunctuation(char c) {
        return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    /** The index of the ')' closing a link that starts at {@code at}, or -1. */
    private static int link(String text, int at) {
        int close = text.indexOf("](", at);
        if (close < 0 || text.indexOf(']', at) != close) {
            return -1;
        }
        return text.indexOf(')', close + 2);
    }

    private static void flush(List<Span> spans, StringBuilder plain, Style style) {
        if (plain.length() > 0) {
            spans.add(new Span(style, plain.toString(), null));
            plain.setLength(0);
        }
    }
}
