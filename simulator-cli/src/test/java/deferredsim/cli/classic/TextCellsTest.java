package deferredsim.cli.classic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCellsTest {
    // When the padding is even, then it is split equally on both sides.
    @Test
    void center_evenPadding_splitsEqually() {
        assertThat(TextCells.center("ab", 6)).isEqualTo("  ab  ");
    }

    // When the padding is odd and the width even, then the extra space goes right, as in Python.
    @Test
    void center_oddPaddingEvenWidth_extraSpaceRight() {
        assertThat(TextCells.center("abc", 6)).isEqualTo(" abc  ");
    }

    // When the padding is odd and the width odd, then the extra space goes left, as in Python.
    @Test
    void center_oddPaddingOddWidth_extraSpaceLeft() {
        assertThat(TextCells.center("ab", 5)).isEqualTo("  ab ");
    }

    // If the text is at least as wide as the width, then it is returned unchanged.
    @Test
    void center_textTooWide_unchanged() {
        assertThat(TextCells.center("abcdef", 4)).isEqualTo("abcdef");
    }

    // When text holds a character outside the Basic Multilingual Plane, then it counts as one character.
    @Test
    void length_supplementaryCharacter_countsOne() {
        assertThat(TextCells.length("\uD83D\uDE00a")).isEqualTo(2);
    }
}
