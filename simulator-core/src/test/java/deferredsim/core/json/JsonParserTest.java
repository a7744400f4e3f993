package deferredsim.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("sets a system property that the code under test reads")
class JsonParserTest {

    // If a text holds every kind of value, then each becomes its node with the line and column where it starts.
    @Test
    void parse_readsEveryKindOfValueWithItsPosition() throws JsonSyntaxException {
        JsonObject root = (JsonObject)
                Json.parse("{\"s\": \"x\", \"n\": -1.5,\n \"t\": true, \"f\": false, \"z\": null, \"a\": [{}]}");

        assertThat(root.members()).extracting(JsonObject.Member::key).containsExactly("s", "n", "t", "f", "z", "a");
        assertThat(root.get("s")).isEqualTo(new JsonString("x", 1, 7));
        assertThat(root.get("n")).isEqualTo(new JsonNumber(new BigDecimal("-1.5"), "-1.5", 1, 17));
        assertThat(root.get("t")).isEqualTo(new JsonBoolean(true, 2, 7));
        assertThat(root.get("f")).isEqualTo(new JsonBoolean(false, 2, 18));
        assertThat(root.get("z")).isEqualTo(new JsonNull(2, 30));
        assertThat(root.get("a")).isEqualTo(new JsonArray(List.of(new JsonObject(List.of(), 2, 42)), 2, 41));
        assertThat(root.member("t").orElseThrow().line()).isEqualTo(2);
        assertThat(root.member("t").orElseThrow().column()).isEqualTo(2);
        assertThat(root.get("missing")).isNull();
    }

    // If numbers are written with decimals or exponents, then they are kept exactly as decimals.
    @Test
    void parse_keepsNumbersExact() throws JsonSyntaxException {
        JsonArray numbers = (JsonArray) Json.parse("[0, 1.50, 1e2, 2E-1, -0, 0.1]");

        assertThat(numbers.elements())
                .extracting(node -> ((JsonNumber) node).value())
                .containsExactly(
                        new BigDecimal("0"),
                        new BigDecimal("1.50"),
                        new BigDecimal("1e2"),
                        new BigDecimal("0.2").setScale(1),
                        new BigDecimal("-0"),
                        new BigDecimal("0.1"));
        assertThat(((JsonNumber) numbers.get(1)).text()).isEqualTo("1.50");
    }

    // If a string has escapes, then its value is decoded and columnAt maps each character back to its source.
    @Test
    void parse_decodesEscapesAndKeepsSourceColumns() throws JsonSyntaxException {
        JsonString string = (JsonString) Json.parse("  \"a\\n\\u00e9\\ud83d\\ude00\\\"\\\\\\/b\"");

        assertThat(string.value()).isEqualTo("a\n\u00e9\ud83d\ude00\"\\/b");
        assertThat(string.column()).isEqualTo(3);
        assertThat(string.columnAt(0)).isEqualTo(4);
        assertThat(string.columnAt(1)).isEqualTo(5);
        assertThat(string.columnAt(2)).isEqualTo(7);
        assertThat(string.columnAt(3)).isEqualTo(13);
        assertThat(string.columnAt(4)).isEqualTo(19);
        assertThat(string.columnAt(8)).isEqualTo(31);
        assertThat(string.columnAt(9)).isEqualTo(32);
    }

    // If a string has no escapes, then character i sits one column after the opening quote plus i.
    @Test
    void parse_placesPlainStringCharactersAfterTheQuote() throws JsonSyntaxException {
        JsonString string = (JsonString) Json.parse("\n   \"r\u00e9sum\u00e9\"");

        assertThat(string.line()).isEqualTo(2);
        assertThat(string.columnAt(0)).isEqualTo(5);
        assertThat(string.columnAt(6)).isEqualTo(11);
    }

    // If lines end with LF, CRLF or a lone CR, then each counts as one line break.
    @Test
    void parse_countsEveryKindOfLineBreakOnce() throws JsonSyntaxException {
        JsonArray array = (JsonArray) Json.parse("[1,\n2,\r\n3,\r 4]");

        assertThat(array.elements()).extracting(JsonNode::line).containsExactly(1, 2, 3, 4);
        assertThat(array.get(3).column()).isEqualTo(2);
    }

    // If an object or array separator is wrong or missing, then the error names the position and what was expected.
    @Test
    void parse_rejectsBadSeparatorsWithPositionAndExpectation() {
        assertSyntaxError("{\"a\": 1 \"b\": 2}", "1:9: expected ',' or '}' after an object member, not '\"'");
        assertSyntaxError("{\"a\": 1,}", "1:9: expected a string key after ',', not '}'");
        assertSyntaxError("{\"a\" 1}", "1:6: expected ':' after the key \"a\", not '1'");
        assertSyntaxError("{1: 2}", "1:2: expected a string key or '}', not '1'");
        assertSyntaxError("[1, 2,]", "1:7: expected a value after ',', not ']'");
        assertSyntaxError("[1 2]", "1:4: expected ',' or ']' after an array element, not '2'");
        assertSyntaxError("{\n  \"a\": [1,\n  2}", "3:4: expected ',' or ']' after an array element, not '}'");
        assertSyntaxError("[1", "1:3: expected ',' or ']' after an array element, not the end of the input");
    }

    // If a value is not one of JSON's, then the error shows what was found instead.
    @Test
    void parse_rejectsNonJsonValues() {
        String value = "a value (object, array, string, number, true, false or null)";
        assertSyntaxError("", "1:1: expected " + value + ", not the end of the input");
        assertSyntaxError("  \n ", "2:2: expected " + value + ", not the end of the input");
        assertSyntaxError("[True]", "1:2: expected " + value + " or ']', not 'True'");
        assertSyntaxError("{\"a\": NaN}", "1:7: expected " + value + ", not 'NaN'");
        assertSyntaxError("'a'", "1:1: expected " + value + ", not '''");
        assertSyntaxError("\uFEFF{}", "1:1: expected " + value + ", not U+FEFF");
        assertSyntaxError("{} {}", "1:4: expected the end of the input after the JSON value, not '{'");
    }

    // If a number breaks RFC 8259's grammar, then the error says which part is missing.
    @Test
    void parse_rejectsMalformedNumbers() {
        assertSyntaxError(
                "[01]",
                "1:3: expected '.', 'e' or the end of the number after a leading 0 (JSON numbers have no leading"
                        + " zeros)");
        assertSyntaxError("[-]", "1:3: expected a digit after '-', not ']'");
        assertSyntaxError("[1.]", "1:4: expected a digit after the decimal point, not ']'");
        assertSyntaxError("[1e+]", "1:5: expected a digit in the exponent, not ']'");
        assertSyntaxError(
                "[+1]", "1:2: expected a value (object, array, string, number, true, false or null) or ']', not '+'");
        assertSyntaxError("[1e99999999999]", "1:2: expected a number of reasonable size, not 1e99999999999");
    }

    // If a string is unterminated, holds a raw control character or a bad escape, then the error points at it.
    @Test
    void parse_rejectsMalformedStrings() {
        assertSyntaxError("[\"abc", "1:6: expected '\"' to end the string started at 1:2, not the end of the input");
        assertSyntaxError(
                "[\"a\nb\"]",
                "1:4: expected '\"' to end the string started at 1:2, not a line break"
                        + " (control characters must be written as escapes such as \\n)");
        assertSyntaxError(
                "\"a\tb\"",
                "1:3: expected '\"' to end the string started at 1:1, not U+0009"
                        + " (control characters must be written as escapes such as \\n)");
        assertSyntaxError(
                "\"a\\x\"",
                "1:4: expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) after the backslash, not 'x'");
        assertSyntaxError("\"\\u12g4\"", "1:6: expected four hex digits after \\u, not 'g'");
    }

    // If an object repeats a key, then the error is at the second key and names the first.
    @Test
    void parse_rejectsDuplicateKeys() {
        assertSyntaxError("{\"a\": 1,\n \"a\": 2}", "2:2: duplicate key \"a\" (first at 1:2); keys must be unique");
    }

    // If arrays nest deeper than the limit, then parsing stops with an error instead of overflowing the stack.
    @Test
    void parse_rejectsNestingDeeperThanTheLimit() throws JsonSyntaxException {
        int limit = JsonParser.MAX_DEPTH;
        assertThat(Json.parse("[".repeat(limit) + "]".repeat(limit))).isInstanceOf(JsonArray.class);
        assertSyntaxError(
                "[".repeat(limit + 1),
                "1:" + (limit + 1) + ": expected at most " + limit + " nested arrays and objects, the limit; to allow"
                        + " more, set the system property deferredsim.input.maxDepth (for ./deferred-sim:"
                        + " JAVA_TOOL_OPTIONS=-Ddeferredsim.input.maxDepth=N)");
    }

    // If a text holds more values than the limit, then parsing stops at the first value too many, naming the limit.
    @Test
    void parse_rejectsMoreValuesThanTheLimit() throws JsonSyntaxException {
        String property = System.getProperty("deferredsim.input.maxValues");
        System.setProperty("deferredsim.input.maxValues", "4");
        try {
            assertThat(Json.parse("[1, 2, 3]")).isInstanceOf(JsonArray.class);
            assertThatThrownBy(() -> Json.parse("[1, 2, 3, 4]"))
                    .isInstanceOf(JsonSyntaxException.class)
                    .hasMessageStartingWith("1:11: expected at most 4 values (strings, numbers, arrays, ...) in one"
                            + " text, the limit; to allow more, set the system property deferredsim.input.maxValues");
        } finally {
            if (property == null) {
                System.clearProperty("deferredsim.input.maxValues");
            } else {
                System.setProperty("deferredsim.input.maxValues", property);
            }
        }
    }

    // If a string has escapes after plain characters, then every character still maps to its own source column.
    @Test
    void parse_mapsColumnsOfStringsWithLateEscapes() throws JsonSyntaxException {
        JsonString string = (JsonString) Json.parse("  \"ab\\ncd\\u00e9\"");
        assertThat(string.value()).isEqualTo("ab\ncd\u00e9");
        assertThat(string.columnAt(0)).isEqualTo(4);
        assertThat(string.columnAt(1)).isEqualTo(5);
        assertThat(string.columnAt(2)).isEqualTo(6);
        assertThat(string.columnAt(3)).isEqualTo(8);
        assertThat(string.columnAt(5)).isEqualTo(10);
        assertThat(string.columnAt(6)).isEqualTo(16);
    }

    private static void assertSyntaxError(String text, String message) {
        assertThatThrownBy(() -> Json.parse(text))
                .isInstanceOf(JsonSyntaxException.class)
                .hasMessage(message);
    }
}
