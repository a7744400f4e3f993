package deferredsim.cli.export;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Python source fragments made from user text: string literals that cannot be anything but data,
 * and identifiers that are safe to define.
 *
 * <p>What holds: {@link #string(String)} returns a double-quoted Python 3 string literal made of
 * printable ASCII only, with no line break, that evaluates to exactly the given text; no input can
 * end the literal early, start a comment or continue a line. Characters are written as in JSON
 * ({@code \"}, {@code \\}, {@code \n}, {@code \u00e9}), except that a character beyond U+FFFF is
 * one {@code \U0001f600} escape (Python strings hold code points, not UTF-16 pairs), so Python's
 * {@code json.dumps} of the value prints what {@link deferredsim.core.json.Json#quote(String)}
 * prints in Java.
 */
public final class PythonLiteral {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PythonLiteral() {}

    /** Returns {@code text} as a Python string literal, quotes included; see the class comment. */
    public static String string(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            appendEscaped(out, codePoint);
        }
        return out.append('"').toString();
    }

    /** True when {@code text} is a plain ASCII Python identifier (letters, digits, underscores). */
    public static boolean isAsciiIdentifier(String text) {
        return IDENTIFIER.matcher(text).matches();
    }

    private static void appendEscaped(StringBuilder out, int c) {
        switch (c) {
            case '"':
                out.append("\\\"");
                return;
            case '\\':
                out.append("\\\\");
                return;
            case '\b':
                out.append("\\b");
                return;
            case '\f':
                out.append("\\f");
                return;
            case '\n':
                out.append("\\n");
                return;
            case '\r':
                out.append("\\r");
                return;
            case '\t':
                out.append("\\t");
                return;
            default:
                if (c >= 0x20 && c <= 0x7e) {
                    out.append((char) c);
                } else if (c <= 0xffff) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", c));
                } else {
                    out.append(String.format(Locale.ROOT, "\\U%08x", c));
                }
        }
    }
}
