package deferredsim.core.reactor.net;

import java.util.Objects;

/**
 * What a slow poetry server serves: a named poem of {@code size} bytes, with its text when the
 * scenario gives one (then chunks carry text and protocols see it), or only its size (the book's
 * poems: ecstasy, 3003 bytes). Immutable.
 */
public record Poem(String name, String text, int size) {
    public Poem {
        Objects.requireNonNull(name, "name");
        if (text != null && text.length() != size) {
            throw new IllegalArgumentException("the text has " + text.length() + " characters, not " + size);
        }
    }

    /** A poem known by its size only. */
    public static Poem ofSize(String name, int size) {
        return new Poem(name, null, size);
    }

    /** A poem with its text (one byte per character). */
    public static Poem ofText(String name, String text) {
        return new Poem(name, text, text.length());
    }

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive). */
    public Data slice(int from, int to) {
        return new Data(to - from, text == null ? null : text.substring(from, to));
    }
}
