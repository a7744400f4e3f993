package deferredsim.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class PythonLiteralTest {
    // If a value tries to close the literal and add a statement, then its quote is escaped and it stays one literal.
    @Test
    void string_escapesAQuoteThatWouldEndTheLiteral() {
        String literal = PythonLiteral.string("\"); import os #");

        assertThat(literal).isEqualTo("\"\\\"); import os #\"");
        assertThat(PythonCode.scan(literal).code).isEqualTo("STR");
    }

    // If a value holds triple quotes or backslashes, then they are escaped and cannot open or close anything.
    @Test
    void string_escapesBackslashesAndKeepsTripleSingleQuotesInside() {
        String literal = PythonLiteral.string("'''\\\"\"\"");

        assertThat(literal).isEqualTo("\"'''\\\\\\\"\\\"\\\"\"");
        assertThat(PythonCode.scan(literal).literals).containsExactly("'''\\\"\"\"");
    }

    // When a value holds non-ASCII letters, then each is one \\u escape, as JSON writes it.
    @Test
    void string_writesNonAsciiAsUnicodeEscapes() {
        assertThat(PythonLiteral.string("caf\u00e9")).isEqualTo("\"caf\\u00e9\"");
    }

    // When a value holds a character beyond U+FFFF, then it is one \\U escape of its code point, not two surrogates.
    @Test
    void string_writesSupplementaryCharactersAsOneCodePointEscape() {
        assertThat(PythonLiteral.string("\ud83d\ude00")).isEqualTo("\"\\U0001f600\"");
    }

    // When a value holds line breaks and control characters, then none reaches the source unescaped.
    @Test
    void string_escapesLineBreaksAndControlCharacters() {
        assertThat(PythonLiteral.string("a\nb\rc\u0000d\u2028e\u007f\t"))
                .isEqualTo("\"a\\nb\\rc\\u0000d\\u2028e\\u007f\\t\"");
    }

    // For any text, the literal is printable ASCII on one line and decodes back to exactly that text.
    @Test
    void string_isOnePrintableAsciiLiteralThatDecodesToTheText() {
        qt().withExamples(2000)
                .forAll(strings().allPossible().ofLengthBetween(0, 20))
                .check(text -> {
                    String literal = PythonLiteral.string(text);
                    PythonCode scanned = PythonCode.scan(literal);
                    return literal.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)
                            && scanned.code.equals("STR")
                            && scanned.literals.equals(java.util.List.of(text));
                });
    }

    // If a name is an ASCII identifier, then it is accepted; anything else is not.
    @Test
    void isAsciiIdentifier_acceptsOnlyLettersDigitsAndUnderscores() {
        assertThat(PythonLiteral.isAsciiIdentifier("d_1")).isTrue();
        assertThat(PythonLiteral.isAsciiIdentifier("_")).isTrue();
        assertThat(PythonLiteral.isAsciiIdentifier("1d")).isFalse();
        assertThat(PythonLiteral.isAsciiIdentifier("a-b")).isFalse();
        assertThat(PythonLiteral.isAsciiIdentifier("caf\u00e9")).isFalse();
        assertThat(PythonLiteral.isAsciiIdentifier("")).isFalse();
    }
}
