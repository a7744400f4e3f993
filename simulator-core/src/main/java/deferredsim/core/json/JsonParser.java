package deferredsim.core.json;

import deferredsim.core.io.InputLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A recursive-descent parser for RFC 8259 JSON that keeps every value's position. It accepts
 * exactly the RFC's grammar (no comments, trailing commas, single quotes, NaN, leading zeros or
 * leading {@code +}) and additionally rejects duplicate object keys, nesting deeper than {@link
 * InputLimits#maxDepth()} and more values than {@link InputLimits#maxValues()}, so that no text
 * within the size limit can exhaust the stack or the heap.
 */
final class JsonParser {
    /** Arrays and objects nested deeper than this are rejected rather than risking the stack (the default). */
    static final int MAX_DEPTH = InputLimits.DEFAULT_MAX_DEPTH;

    private static final String A_VALUE = "a value (object, array, string, number, true, false or null)";

    private final String text;
    private final int maxDepth = InputLimits.maxDepth();
    private final int maxValues = InputLimits.maxValues();
    private int values;
    private int pos;
    private int line = 1;
    private int lineStart;

    private JsonParser(String text) {
        this.text = text;
    }

    static JsonNode parse(String text) throws JsonSyntaxException {
        JsonParser parser = new JsonParser(text);
        parser.skipWhitespace();
        JsonNode root;
        try {
            root = parser.value(0, A_VALUE);
        } catch (StackOverflowError tooDeep) {
            throw parser.error("expected fewer nested arrays and objects: this stack holds no more than these (the"
                    + " limit is " + parser.maxDepth + "; lower " + InputLimits.MAX_DEPTH_PROPERTY + " or give Java a"
                    + " bigger stack with -Xss)");
        }
        parser.skipWhitespace();
        if (!parser.atEnd()) {
            throw parser.error("expected the end of the input after the JSON value, not " + parser.describeHere());
        }
        return root;
    }

    private JsonNode value(int depth, String expected) throws JsonSyntaxException {
        if (atEnd()) {
            throw error("expected " + expected + ", not the end of the input");
        }
        if (++values > maxValues) {
            throw error("expected at most " + maxValues + " values (strings, numbers, arrays, ...) in one text, the"
                    + " limit; " + InputLimits.howToRaise(InputLimits.MAX_VALUES_PROPERTY));
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return object(depth + 1);
        } else if (c == '[') {
            return array(depth + 1);
        } else if (c == '"') {
            return string();
        } else if (c == '-' || isDigit(c)) {
            return number();
        } else if (isLetter(c)) {
            return literal(expected);
        }
        throw error("expected " + expected + ", not " + describeHere());
    }

    private JsonObject object(int depth) throws JsonSyntaxException {
        int startLine = line;
        int startColumn = column();
        checkDepth(depth);
        pos++;
        List<JsonObject.Member> members = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new JsonObject(members, startLine, startColumn);
        }
        while (true) {
            if (peek() != '"') {
                String what = members.isEmpty() ? "a string key or '}'" : "a string key after ','";
                throw error("expected " + what + ", not " + describeHere());
            }
            int keyLine = line;
            int keyColumn = column();
            String key = string().value();
            String first = seen.putIfAbsent(key, keyLine + ":" + keyColumn);
            if (first != null) {
                throw new JsonSyntaxException(
                        keyLine,
                        keyColumn,
                        "duplicate key " + Json.quote(key) + " (first at " + first + "); keys must be unique");
            }
            skipWhitespace();
            expect(':', "':' after the key " + Json.quote(key));
            skipWhitespace();
            JsonNode value = value(depth, A_VALUE);
            members.add(new JsonObject.Member(key, keyLine, keyColumn, value));
            skipWhitespace();
            if (peek() == '}') {
                pos++;
                return new JsonObject(members, startLine, startColumn);
            }
            expect(',', "',' or '}' after an object member");
            skipWhitespace();
        }
    }

    private JsonArray array(int depth) throws JsonSyntaxException {
        int startLine = line;
        int startColumn = column();
        checkDepth(depth);
        pos++;
        List<JsonNode> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new JsonArray(elements, startLine, startColumn);
        }
        while (true) {
            elements.add(value(depth, elements.isEmpty() ? A_VALUE + " or ']'" : "a value after ','"));
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                return new JsonArray(elements, startLine, startColumn);
            }
            expect(',', "',' or ']' after an array element");
            skipWhitespace();
        }
    }

    private JsonString string() throws JsonSyntaxException {
        int startLine = line;
        int startColumn = column();
        pos++;
        StringBuilder value = new StringBuilder();
        int[] columns = null;
        boolean escaped = false;
        while (true) {
            if (atEnd()) {
                throw error("expected '\"' to end the string started at " + startLine + ":" + startColumn
                        + ", not the end of the input");
            }
            char c = text.charAt(pos);
            if (escaped) {
                if (value.length() >= columns.length) {
                    columns = Arrays.copyOf(columns, 2 * columns.length);
                }
                columns[value.length()] = column();
            }
            if (c == '"') {
                pos++;
                int[] sourceColumns = escaped ? Arrays.copyOf(columns, value.length() + 1) : null;
                return new JsonString(value.toString(), startLine, startColumn, sourceColumns);
            } else if (c == '\\') {
                if (!escaped) {
                    columns = plainColumns(value.length(), columns);
                    columns[value.length()] = column();
                    escaped = true;
                }
                value.append(escape());
            } else if (c < 0x20) {
                throw error("expected '\"' to end the string started at " + startLine + ":" + startColumn + ", not "
                        + describeHere() + " (control characters must be written as escapes such as \\n)");
            } else {
                value.append(c);
                pos++;
            }
        }
    }

    /** Reads the escape starting at the backslash under {@code pos} and returns its character. */
    private char escape() throws JsonSyntaxException {
        pos++;
        char c = peek();
        pos++;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                return unicodeEscape();
            default:
                pos--;
                throw error(
                        "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) after the backslash, not "
                                + describeHere());
        }
    }

    private char unicodeEscape() throws JsonSyntaxException {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = hexValue(peek());
            if (digit < 0) {
                throw error("expected four hex digits after \\u, not " + describeHere());
            }
            code = code * 16 + digit;
            pos++;
        }
        return (char) code;
    }

    private JsonNumber number() throws JsonSyntaxException {
        int start = pos;
        int startColumn = column();
        if (peek() == '-') {
            pos++;
        }
        if (!isDigit(peek())) {
            throw error("expected a digit after '-', not " + describeHere());
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("expected '.', 'e' or the end of the number after a leading 0 (JSON numbers have no leading"
                        + " zeros)");
            }
        } else {
            digits();
        }
        if (peek() == '.') {
            pos++;
            requireDigit("a digit after the decimal point");
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            requireDigit("a digit in the exponent");
            digits();
        }
        String number = text.substring(start, pos);
        try {
            return new JsonNumber(new BigDecimal(number), number, line, startColumn);
        } catch (NumberFormatException outOfRange) {
            throw new JsonSyntaxException(line, startColumn, "expected a number of reasonable size, not " + number);
        }
    }

    private void requireDigit(String expected) throws JsonSyntaxException {
        if (!isDigit(peek())) {
            throw error("expected " + expected + ", not " + describeHere());
        }
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private JsonNode literal(String expected) throws JsonSyntaxException {
        int startColumn = column();
        int end = pos;
        while (end < text.length()
                && (isLetter(text.charAt(end)) || isDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        String word = text.substring(pos, end);
        JsonNode node;
        switch (word) {
            case "true":
                node = new JsonBoolean(true, line, startColumn);
                break;
            case "false":
                node = new JsonBoolean(false, line, startColumn);
                break;
            case "null":
                node = new JsonNull(line, startColumn);
                break;
            default:
                throw error("expected " + expected + ", not '" + word + "'");
        }
        pos = end;
        return node;
    }

    private void expect(char wanted, String expected) throws JsonSyntaxException {
        if (peek() != wanted) {
            throw error("expected " + expected + ", not " + describeHere());
        }
        pos++;
    }

    private void checkDepth(int depth) throws JsonSyntaxException {
        if (depth > maxDepth) {
            throw error("expected at most " + maxDepth + " nested arrays and objects, the limit; "
                    + InputLimits.howToRaise(InputLimits.MAX_DEPTH_PROPERTY));
        }
    }

    /**
     * The source columns of the first {@code count} characters of a string without escapes so far
     * (each one column after the other, ending at the current position), in an array with room for
     * more.
     */
    private int[] plainColumns(int count, int[] columns) {
        int[] all = columns != null && columns.length > count + 1 ? columns : new int[Math.max(16, 2 * count + 2)];
        int here = column();
        for (int i = 0; i < count; i++) {
            all[i] = here - count + i;
        }
        return all;
    }

    private void skipWhitespace() {
        while (!atEnd()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n' || c == '\r') {
                pos++;
                if (c == '\r' && peek() == '\n') {
                    pos++;
                }
                line++;
                lineStart = pos;
            } else {
                return;
            }
        }
    }

    /** The character under {@code pos}, or NUL (never valid there) at the end of the input. */
    private char peek() {
        return atEnd() ? '\0' : text.charAt(pos);
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private int column() {
        return pos - lineStart + 1;
    }

    /** The character under {@code pos} as messages show it. */
    private String describeHere() {
        if (atEnd()) {
            return "the end of the input";
        }
        char c = text.charAt(pos);
        if (c == '\n' || c == '\r') {
            return "a line break";
        }
        return c > 0x20 && c < 0x7f ? "'" + c + "'" : String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private JsonSyntaxException error(String problem) {
        return new JsonSyntaxException(line, column(), problem);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hexValue(char c) {
        if (isDigit(c)) {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
