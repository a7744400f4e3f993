package deferredsim.cli.classic;

/** Text measuring and centring in Python's terms, where one code point is one character. */
final class TextCells {
    private TextCells() {}

    /** The number of characters Python's {@code len} gives for {@code s}. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * Pads {@code s} with spaces on both sides to {@code width} characters exactly as Python's
     * {@code str.center} does: when the padding is odd, the extra space goes on the left only if
     * {@code width} is odd too. Returns {@code s} itself when it is at least {@code width} long.
     */
    static String center(String s, int width) {
        int margin = width - length(s);
        if (margin <= 0) {
            return s;
        }
        int left = margin / 2 + (margin & width & 1);
        return " ".repeat(left) + s + " ".repeat(margin - left);
    }
}
