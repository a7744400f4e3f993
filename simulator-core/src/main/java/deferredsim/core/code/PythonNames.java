package deferredsim.core.code;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Python identifiers and string literals for generated code: a scenario's names and values made
 * safe to write into a Python program. Every name handed out is a valid identifier, is no keyword
 * and is given once; a value only ever appears inside a string literal.
 */
final class PythonNames {
    private static final Set<String> RESERVED = Set.of(
            "False",
            "None",
            "True",
            "and",
            "as",
            "assert",
            "async",
            "await",
            "break",
            "class",
            "continue",
            "def",
            "del",
            "elif",
            "else",
            "except",
            "finally",
            "for",
            "from",
            "global",
            "if",
            "import",
            "in",
            "is",
            "lambda",
            "nonlocal",
            "not",
            "or",
            "pass",
            "raise",
            "return",
            "try",
            "while",
            "with",
            "yield",
            "match",
            "case",
            "print",
            "defer",
            "task",
            "clock",
            "run",
            "result",
            "deferred",
            "Exception",
            "object",
            "type",
            "list",
            "str",
            "int");

    private final Set<String> used = new HashSet<>();

    /**
     * A fresh identifier made from {@code text}: letters, digits and underscores kept (ASCII
     * letters only), anything else an underscore, {@code fallback} when nothing is left, a suffix
     * {@code _2}, {@code _3} … when the name is taken or reserved.
     */
    String fresh(String text, String fallback) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 30; i++) {
            char c = text.charAt(i);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
            out.append(plain ? c : '_');
        }
        String base = out.toString().replaceAll("_+", "_");
        if (base.isEmpty() || base.equals("_")) {
            base = fallback;
        }
        if (Character.isDigit(base.charAt(0))) {
            base = "_" + base;
        }
        String name = base;
        for (int n = 2; RESERVED.contains(name) || used.contains(name); n++) {
            name = base + "_" + n;
        }
        used.add(name);
        return name;
    }

    /**
     * {@code text} as a Python string literal in double quotes that evaluates to exactly {@code
     * text}: printable characters (accented letters, CJK, an emoji written in Java as two
     * surrogates) as themselves; control, format, unusual space and unassigned ones escaped ({@code \\n}, {@code \\u200b}, {@code
     * \\U000e0001}; a lone surrogate as {@code \\ud83d}, as Python writes it).
     */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    int type = Character.getType(c);
                    boolean hidden = type == Character.CONTROL
                            || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR
                            || (type == Character.SPACE_SEPARATOR && c != ' ')
                            || type == Character.FORMAT
                            || type == Character.SURROGATE
                            || type == Character.UNASSIGNED
                            || type == Character.PRIVATE_USE;
                    if (!hidden) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xffff) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.append(String.format(Locale.ROOT, "\\U%08x", c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
