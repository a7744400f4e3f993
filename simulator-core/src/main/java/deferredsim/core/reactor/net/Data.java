package deferredsim.core.reactor.net;

/**
 * Bytes on the wire or in a buffer: how many, and their text when the poem's text is known (else
 * null). Immutable.
 */
public record Data(int size, String text) {
    public Data {
        if (size < 0 || (text != null && text.length() != size)) {
            throw new IllegalArgumentException("size " + size + " does not fit the text");
        }
    }

    /** Nothing: what {@code recv} returns at the end of the stream. */
    public static final Data EMPTY = new Data(0, "");

    /** True for no bytes. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** {@code this + more}. */
    public Data concat(Data more) {
        return new Data(size + more.size, text == null || more.text == null ? null : text + more.text);
    }

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive). */
    public Data slice(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + size + " bytes");
        }
        return new Data(to - from, text == null ? null : text.substring(from, to));
    }

    /** The text, or {@code <N bytes>} when it is not known. */
    public String render() {
        return text != null ? text : "<" + size + " bytes>";
    }

    /**
     * Collects data that arrives piece by piece, as {@link #concat} would, in time linear in the
     * total size (a poem read a byte at a time stays cheap). Start with {@code new Builder()}.
     */
    public static final class Builder {
        private int size;
        private StringBuilder text = new StringBuilder();

        /** Appends {@code more}; the text stays known only while every piece's text is. */
        public Builder append(Data more) {
            size += more.size;
            if (text != null && more.text != null) {
                text.append(more.text);
            } else {
                text = null;
            }
            return this;
        }

        /** The bytes collected so far. */
        public int size() {
            return size;
        }

        /** True when nothing was collected. */
        public boolean isEmpty() {
            return size == 0;
        }

        /** The data collected so far. */
        public Data build() {
            return new Data(size, text == null ? null : text.toString());
        }
    }
}
