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

    /** {@code text} as a Python string literal in double quotes; non-printing characters escaped. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
