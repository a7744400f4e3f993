package deferredsim.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable line of text with {@link Style}d spans: the plain {@link #text()} plus
 * non-overlapping {@link Span}s, sorted by start, each inside the text. Characters outside every
 * span are plain.
 *
 * <p>Lines compare equal when their text and spans are equal; {@link #toString()} is the plain text,
 * so golden-text tests can compare {@code text()} alone. Make one with {@link #plain(String)}, {@link
 * #of(String, Style)}, {@link #of(String, List)} or a {@link #builder()}.
 */
public final class StyledLine {
    private static final StyledLine EMPTY = new StyledLine("", List.of());

    private final String text;
    private final List<Span> spans;

    /**
     * A styled run of a line: characters {@code start} (inclusive) to {@code end} (exclusive), as
     * {@link String} indices.
     */
    public record Span(int start, int end, Style style) {
        public Span {
            Objects.requireNonNull(style, "style");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a span covers at least one character: " + start + ".." + end);
            }
        }
    }

    private StyledLine(String text, List<Span> spans) {
        this.text = text;
        this.spans = spans;
    }

    /** The empty line. */
    public static StyledLine empty() {
        return EMPTY;
    }

    /** A line of {@code text} without styles. */
    public static StyledLine plain(String text) {
        return text.isEmpty() ? EMPTY : new StyledLine(text, List.of());
    }

    /** A line of {@code text} in one style throughout (plain when {@code style} is null or the text empty). */
    public static StyledLine of(String text, Style style) {
        if (style == null || text.isEmpty()) {
            return plain(text);
        }
        return new StyledLine(text, List.of(new Span(0, text.length(), style)));
    }

    /**
     * A line of {@code text} with {@code spans}.
     *
     * @throws IllegalArgumentException if the spans overlap, are out of order or reach past the text
     */
    public static StyledLine of(String text, List<Span> spans) {
        Objects.requireNonNull(text, "text");
        List<Span> copy = List.copyOf(spans);
        int end = 0;
        for (Span span : copy) {
            if (span.start() < end || span.end() > text.length()) {
                throw new IllegalArgumentException("spans must be sorted, disjoint and inside the text: " + copy);
            }
            end = span.end();
        }
        return new StyledLine(text, copy);
    }

    /** A builder that appends text left to right. */
    public static Builder builder() {
        return new Builder();
    }

    /** The plain text, exactly what a terminal without colour shows. */
    public String text() {
        return text;
    }

    /** The styled spans, sorted by start and disjoint. */
    public List<Span> spans() {
        return spans;
    }

    /** The number of characters ({@link String#length()}) of the text. */
    public int length() {
        return text.length();
    }

    /** The style of the character at {@code index}, or empty when it is plain. */
    public Optional<Style> styleAt(int index) {
        for (Span span : spans) {
            if (index >= span.start() && index < span.end()) {
                return Optional.of(span.style());
            }
        }
        return Optional.empty();
    }

    /** True when some character of the line has {@code style}. */
    public boolean has(Style style) {
        return spans.stream().anyMatch(span -> span.style() == style);
    }

    /**
     * Characters {@code start} (inclusive) to {@code end} (exclusive) of this line with their
     * styles; indices past the end of the text are clamped to it.
     *
     * @throws IllegalArgumentException if {@code start} is negative or greater than {@code end}
     */
    public StyledLine slice(int start, int end) {
        if (start < 0 || start > end) {
            throw new IllegalArgumentException("a slice runs forwards from 0: " + start + ".." + end);
        }
        int from = Math.min(start, text.length());
        int to = Math.min(end, text.length());
        List<Span> kept = new ArrayList<>();
        for (Span span : spans) {
            int s = Math.max(span.start(), from);
            int e = Math.min(span.end(), to);
            if (s < e) {
                kept.add(new Span(s - from, e - from, span.style()));
            }
        }
        return from == to ? EMPTY : new StyledLine(text.substring(from, to), List.copyOf(kept));
    }

    /** The terminal columns the text takes ({@link Columns#width}). */
    public int columns() {
        return Columns.width(text);
    }

    /**
     * The part of this line shown in terminal columns {@code from} (inclusive) to {@code to}
     * (exclusive), styles kept; a wide character cut by either edge becomes a space.
     *
     * @throws IllegalArgumentException if {@code from} is negative or greater than {@code to}
     */
    public StyledLine columnSlice(int from, int to) {
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("a slice runs forwards from 0: " + from + ".." + to);
        }
        Builder out = builder();
        int col = 0;
        for (int i = 0; i < text.length() && col < to; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int width = Columns.of(cp);
            Style style = styleAt(i).orElse(null);
            if (col >= from && col + width <= to) {
                out.append(text.substring(i, next), style);
            } else if (col + width > from && width > 0) {
                out.append(" ".repeat(Math.min(col + width, to) - Math.max(col, from)), style);
            }
            col += width;
            i = next;
        }
        return out.build();
    }

    /** This line followed by {@code other}, spans included. */
    public StyledLine append(StyledLine other) {
        return builder().append(this).append(other).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StyledLine
                && ((StyledLine) other).text.equals(text)
                && ((StyledLine) other).spans.equals(spans);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + spans.hashCode();
    }

    /** The plain text. */
    @Override
    public String toString() {
        return text;
    }

    /** Appends styled text to make a {@link StyledLine}; adjacent runs of one style merge. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();

        private Builder() {}

        /** Appends {@code s} without style. */
        public Builder append(String s) {
            text.append(s);
            return this;
        }

        /** Appends {@code s} in {@code style} (plain when null). */
        public Builder append(String s, Style style) {
            int start = text.length();
            text.append(s);
            if (style != null && !s.isEmpty()) {
                addSpan(start, text.length(), style);
            }
            return this;
        }

        /** Appends another line, keeping its spans. */
        public Builder append(StyledLine line) {
            int offset = text.length();
            text.append(line.text);
            for (Span span : line.spans) {
                addSpan(offset + span.start(), offset + span.end(), span.style());
            }
            return this;
        }

        /** The number of characters appended so far. */
        public int length() {
            return text.length();
        }

        /** The line built so far. */
        public StyledLine build() {
            return text.length() == 0 ? EMPTY : new StyledLine(text.toString(), List.copyOf(spans));
        }

        private void addSpan(int start, int end, Style style) {
            if (!spans.isEmpty()) {
                Span last = spans.get(spans.size() - 1);
                if (last.style() == style && last.end() == start) {
                    spans.set(spans.size() - 1, new Span(last.start(), end, style));
                    return;
                }
            }
            spans.add(new Span(start, end, style));
        }
    }
}
