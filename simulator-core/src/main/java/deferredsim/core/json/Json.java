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
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c >= 0x20 && c <= 0x7e) {
                        out.append(c);
                    } else {
                        out.append("\\u")
                                .append(HEX[c >> 12])
                                .append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf])
                                .append(HEX[c & 0xf]);
                    }
            }
        }
        return out.append('"').toString();
    }
}
