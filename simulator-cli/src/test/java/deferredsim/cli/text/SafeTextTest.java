package deferredsim.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeTextTest {
    /** When a line holds terminal escapes and bidi overrides, then each shows as Python's repr writes it. */
    @Test
    void line_escapesEveryControlCharacterVisibly() {
        String hostile = "a\u001b[2Jb\u0007c\u202eevil\u202c\td\u009b31m\u2066e\u2069\r\n\u007f";
        assertThat(SafeText.UTF8.line(hostile))
                .isEqualTo("a\\x1b[2Jb\\x07c\\u202eevil\\u202c\\td\\x9b31m\\u2066e\\u2069\\r\\n\\x7f");
    }

    /** When the terminal writes UTF-8, then accented letters, CJK and emoji stay as they are. */
    @Test
    void line_keepsNonAsciiTextOnAUtf8Terminal() {
        String text = "café 中文 🎉 → done";
        assertThat(SafeText.UTF8.line(text)).isEqualTo(text);
    }

    /** If the terminal writes ASCII only (LANG=C), then arrows and dashes become look-alikes and the rest escapes, never '?'. */
    @Test
    void line_onAnAsciiTerminalUsesLookAlikesAndEscapes() {
        SafeText ascii = SafeText.forCharset(StandardCharsets.US_ASCII);
        assertThat(ascii.line("n/→ next – café 中")).isEqualTo("n/-> next - caf\\xe9 \\u4e2d");
    }

    /** If a line is longer than the limit, then it is cut there with a note of how much was left out. */
    @Test
    void line_cutsAnOverlongLineWithANote() {
        String shown = SafeText.UTF8.line("x".repeat(SafeText.LINE_LIMIT + 1234));
        assertThat(shown).startsWith("x".repeat(SafeText.LINE_LIMIT)).endsWith("… (1,234 more characters)");
    }

    /** When a styled line has a control character inside a span, then the span keeps its style around the escape. */
    @Test
    void styledLine_keepsSpansAroundEscapes() {
        StyledLine line = StyledLine.builder()
                .append("in ")
                .append("a\u001bb", Style.SUCCESS_VALUE)
                .append(" out")
                .build();
        StyledLine shown = SafeText.UTF8.line(line);
        assertThat(shown.text()).isEqualTo("in a\\x1bb out");
        assertThat(shown.spans()).containsExactly(new StyledLine.Span(3, 9, Style.SUCCESS_VALUE));
    }

    /** When a message quotes a very long word, then the word is cut in its middle and the words after it stay. */
    @Test
    void shortenWords_cutsLongWordsAndKeepsTheRest() {
        String message = "'" + "v".repeat(10_000) + "' is not a stage; write return V";
        String shown = SafeText.shortenWords(message, 80);
        assertThat(shown).endsWith("' is not a stage; write return V").contains("more characters)");
        assertThat(shown.length()).isLessThan(200);
        assertThat(SafeText.shortenWords("short words only", 80)).isEqualTo("short words only");
    }

    /** When every printable ASCII character and a wide range of others are shown, then none is escaped. */
    @Test
    void isControl_isFalseForPrintableText() {
        for (int cp : List.of((int) ' ', (int) '~', 0xa0, 0xe9, 0x4e2d, 0x1f389, 0x200d, 0xfe0f)) {
            assertThat(SafeText.isControl(cp)).as("U+%04X", cp).isFalse();
        }
    }
}
