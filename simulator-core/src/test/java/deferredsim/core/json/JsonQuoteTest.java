package deferredsim.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class JsonQuoteTest {

    // If a string needs no escapes, then it is only wrapped in quotes (the slash stays as it is).
    @Test
    void quote_wrapsPrintableAscii() {
        assertThat(Json.quote("plain ~/")).isEqualTo("\"plain ~/\"");
        assertThat(Json.quote("")).isEqualTo("\"\"");
    }

    // If a string has quotes, backslashes or control characters, then they are escaped as Python's json.dumps does.
    @Test
    void quote_escapesLikePythonJsonDumps() {
        // Expected texts are json.dumps(s) output from CPython 3.
        assertThat(Json.quote("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
        assertThat(Json.quote("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
        assertThat(Json.quote("\u0000\u001f\u007f\u0080")).isEqualTo("\"\\u0000\\u001f\\u007f\\u0080\"");
    }

    // If a string has non-ASCII characters, then they become lower-case \\u escapes, surrogate pairs as two.
    @Test
    void quote_escapesNonAsciiAsLowerCaseUnicodeEscapes() {
        assertThat(Json.quote("\u00e9\u2603")).isEqualTo("\"\\u00e9\\u2603\"");
        assertThat(Json.quote("\ud83d\ude00")).isEqualTo("\"\\ud83d\\ude00\"");
        assertThat(Json.quote("\ud800")).isEqualTo("\"\\ud800\"");
        assertThat(Json.quote("\uABCD")).isEqualTo("\"\\uabcd\"");
    }

    // If any string is quoted, then the result is ASCII and parses back to the same string.
    @Test
    void quote_roundTripsThroughTheParser() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(text -> {
            String quoted = Json.quote(text);
            assertThat(quoted.chars()).allMatch(c -> c >= 0x20 && c <= 0x7e);
            try {
                assertThat(((JsonString) Json.parse(quoted)).value()).isEqualTo(text);
            } catch (JsonSyntaxException broken) {
                throw new AssertionError(broken.getMessage());
            }
        });
    }

    // When text is quoted for a trace, then it is written as Python's json.dumps(s, ensure_ascii=False) writes it.
    @Test
    void quoteUnicode_writesNonAsciiRawLikeEnsureAsciiFalse() {
        // Expected texts are json.dumps(s, ensure_ascii=False) output from CPython 3.11.
        assertThat(Json.quoteUnicode("\u007f\u0080\u00e9\u2603\ud83d\ude00"))
                .isEqualTo("\"\u007f\u0080\u00e9\u2603\ud83d\ude00\"");
        assertThat(Json.quoteUnicode("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
        assertThat(Json.quoteUnicode("\b\f\n\r\t\u0000\u001b\u001f"))
                .isEqualTo("\"\\b\\f\\n\\r\\t\\u0000\\u001b\\u001f\"");
        assertThat(Json.quoteUnicode("\u0085\u00a0\u2028")).isEqualTo("\"\u0085\u00a0\u2028\"");
    }

    // If a string has a lone surrogate (which Python could not print), then it is escaped so the line stays UTF-8.
    @Test
    void quoteUnicode_escapesLoneSurrogates() {
        assertThat(Json.quoteUnicode("a\ud800b\udc00")).isEqualTo("\"a\\ud800b\\udc00\"");
    }

    // If any string is quoted for a trace, then the result parses back to the same string.
    @Test
    void quoteUnicode_roundTripsThroughTheParser() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(text -> {
            try {
                assertThat(((JsonString) Json.parse(Json.quoteUnicode(text))).value())
                        .isEqualTo(text);
            } catch (JsonSyntaxException broken) {
                throw new AssertionError(broken.getMessage());
            }
        });
    }
}
