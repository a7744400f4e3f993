package deferredsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonWhitespaceTest {
    /**
     * When every code point is checked, then exactly those Python 3.11 calls whitespace are (the
     * list printed by {@code [hex(c) for c in range(0x110000) if chr(c).isspace()]}).
     */
    @Test
    void isSpace_matchesPythonsIsspaceOverAllCodePoints() {
        List<Integer> python = List.of(
                0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002,
                0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000);
        List<Integer> spaces = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (PythonWhitespace.isSpace(c)) {
                spaces.add(c);
            }
        }
        assertThat(spaces).isEqualTo(python);
    }

    /** When a stage string uses NBSP, NEL or a figure space between words, then they separate the words as in Python. */
    @Test
    void stageParse_splitsOnPythonsWhitespace() throws MemberSyntaxException {
        assertThat(MemberSpec.parse("r\u00a0v")).isEqualTo(new MemberSpec.Return("v"));
        assertThat(MemberSpec.parse("\u2007fail\u0085boom\u202f")).isEqualTo(new MemberSpec.Fail("boom"));
        assertThat(MemberSpec.parse("d\u3000x")).isEqualTo(new MemberSpec.Defer("x"));
    }

    /** If a name or value contains Python whitespace that Java does not count, then it is not a word. */
    @Test
    void isWord_rejectsTextWithPythonsExtraWhitespace() {
        assertThat(PythonWhitespace.isWord("a\u00a0b")).isFalse();
        assertThat(PythonWhitespace.isWord("a\u001cb")).isFalse();
        assertThat(PythonWhitespace.isWord("")).isFalse();
        assertThat(PythonWhitespace.isWord("\u00e9t\u00e9\u200b")).isTrue();
        assertThat(PythonWhitespace.strip("\u0085 a b\u2007")).isEqualTo("a b");
    }
}
