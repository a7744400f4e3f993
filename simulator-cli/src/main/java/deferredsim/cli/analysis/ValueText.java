package deferredsim.cli.analysis;

import deferredsim.core.value.ErrorValue;
import deferredsim.core.value.Failure;
import deferredsim.core.value.FiredFirst;
import deferredsim.core.value.Gathered;
import deferredsim.core.value.ListResult;
import deferredsim.core.value.NoneValue;
import deferredsim.core.value.Text;
import deferredsim.core.value.Value;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Values as the analysis texts show them: like the canonical rendering, except that a string is
 * quoted ({@code 'good'}), so the string {@code 'None'} and Python's {@code None} look different.
 * A failure is its exception and a star ({@code bad*}, {@code CancelledError*}); list results use
 * Python's notation ({@code [(True, 'a'), (False, b*)]}). Characters that do not print are
 * escaped ({@code \n}, {@code \x01}).
 */
public final class ValueText {
    private ValueText() {}

    /** The text of {@code value}; see the class comment. */
    public static String of(Value value) {
        if (value instanceof Text) {
            return quote(((Text) value).text());
        }
        if (value instanceof NoneValue) {
            return "None";
        }
        if (value instanceof Failure) {
            return error(((Failure) value).error()) + "*";
        }
        if (value instanceof ListResult) {
            StringJoiner entries = new StringJoiner(", ", "[", "]");
            for (ListResult.Entry entry : ((ListResult) value).entries()) {
                entries.add("(" + (entry.succeeded() ? "True" : "False") + ", " + of(entry.result()) + ")");
            }
            return entries.toString();
        }
        if (value instanceof FiredFirst) {
            FiredFirst first = (FiredFirst) value;
            return "(" + of(first.result()) + ", " + first.index() + ")";
        }
        if (value instanceof Gathered) {
            StringJoiner results = new StringJoiner(", ", "[", "]");
            ((Gathered) value).results().forEach(result -> results.add(of(result)));
            return results.toString();
        }
        throw new AssertionError("unknown kind of value: " + value);
    }

    /** A string in single quotes, with backslash escapes for quotes, backslashes and characters that do not print. */
    public static String quote(String text) {
        return "'" + escape(text, true) + "'";
    }

    /**
     * {@code text} safe to print on a terminal: control characters (escape sequences included),
     * line and paragraph separators and unpaired surrogates as {@code \x1b}-style escapes; the
     * rest, backslashes included, as it is.
     */
    public static String printable(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean quoted) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && (c == '\'' || c == '\\')) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c)
                    || Character.isSurrogate(c) && !validPair(text, i)
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format(Locale.ROOT, c <= 0xff ? "\\x%02x" : "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static String error(ErrorValue error) {
        if (error instanceof ErrorValue.FirstError) {
            ErrorValue.FirstError first = (ErrorValue.FirstError) error;
            return "FirstError(" + of(first.subFailure()) + ", " + first.index() + ")";
        }
        return printable(error.render());
    }
}
