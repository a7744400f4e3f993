package deferredsim.core.json;

import java.util.Objects;

/** Entry points of the JSON package: parse a text into nodes, quote a string for output. */
public final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    /**
     * Parses a complete JSON text (RFC 8259): one value with optional whitespace around it.
     *
     * @return the root value; every node in the tree carries its 1-based line and column
     * @throws JsonSyntaxException at the first place the text is not JSON, saying what was
     *     expected there; also for a duplicate key in an object and for arrays and objects nested
     *     more than 256 deep
     */
    public static JsonNode parse(String text) throws JsonSyntaxException {
        return JsonParser.parse(Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns {@code text} as a JSON string literal, quotes included, exactly as Python's {@code
     * json.dumps(text, ensure_ascii=False)} writes it, the form of text in a trace (contract section
     * 6): {@code "} and {@code \} are escaped with a backslash, backspace, form feed, newline,
     * carriage return and tab as {@code \b \f \n \r \t}, the other characters below U+0020 as a
     * backslash, {@code u} and four lower-case hex digits; every other character, from U+007F (DEL)
     * up, accented letters, CJK and emoji included, is written as itself. A lone surrogate, which
     * Python could not print at all, is written as a {@code \}{@code uXXXX} escape so the line stays
     * valid UTF-8. {@link #parse(String)} reads the result back to {@code text}.
     */
    public static String quoteUnicode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                out.append(c);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                escape(c, out);
            }
        }
        return out.append('"').toString();
    }

    /**
     * Returns {@code text} as a JSON string literal, quotes included, exactly as Python's {@code
     * json.dumps(text, ensure_ascii=True)} writes it: {@code "} and {@code \} are escaped with a
     * backslash, backspace, form feed, newline, carriage return and tab as {@code \b \f \n \r \t},
     * every other character outside {@code 0x20..0x7e} as a backslash, {@code u} and four
     * lower-case hex digits (a character beyond U+FFFF as its two surrogates, one escape each). The result is pure ASCII and {@link
     * #parse(String)} reads it back to {@code text}.
     */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\') {
                out.append(c);
            } else {
                escape(c, out);
            }
        }
        return out.append('"').toString();
    }

    /** Appends the escape of {@code c}: a short one where JSON has it, else {@code \}{@code u} and four hex digits. */
    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default ->
                out.append("\\u")
                        .append(HEX[c >> 12])
                        .append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf])
                        .append(HEX[c & 0xf]);
        }
    }
}
