package deferredsim.core.scenario;

/**
 * Whitespace as Python's {@code str.isspace()} and {@code str.split()} see it: the contract's
 * whitespace for stage, step and canceller strings and for names and values (section 6). It
 * includes U+0085, U+00A0, U+2007 and U+202F, which Java's {@link Character#isWhitespace} leaves
 * out, and the separators U+001C to U+001F.
 *
 * <p>The class has static methods only.
 */
public final class PythonWhitespace {
    private PythonWhitespace() {}

    /**
     * True when {@code ch} is whitespace for Python 3.11: TAB, LF, VT, FF, CR, U+001C to U+001F,
     * SPACE, U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
     */
    public static boolean isSpace(int ch) {
        if (ch < 0x80) {
            return ch == ' ' || (ch >= 0x09 && ch <= 0x0d) || (ch >= 0x1c && ch <= 0x1f);
        }
        return switch (ch) {
            case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000 -> true;
            default -> ch >= 0x2000 && ch <= 0x200a;
        };
    }

    /** True when {@code text} contains at least one {@link #isSpace whitespace} character. */
    public static boolean containsSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} is a valid name or value: non-empty and without whitespace. */
    public static boolean isWord(String text) {
        return !text.isEmpty() && !containsSpace(text);
    }

    /** The index of the first non-whitespace character at or after {@code from}, or the length. */
    public static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the first whitespace character at or after {@code from}, or the length. */
    public static int nextSpace(String text, int from) {
        int i = from;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code text} without leading and trailing whitespace, as Python's {@code str.strip()}. */
    public static String strip(String text) {
        int start = skipSpaces(text, 0);
        int end = text.length();
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
