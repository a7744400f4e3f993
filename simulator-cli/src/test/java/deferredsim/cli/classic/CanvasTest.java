package deferredsim.cli.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanvasTest {
    // When nothing has been drawn, then the canvas has no lines.
    @Test
    void lines_nothingDrawn_isEmpty() {
        assertThat(new Canvas().lines()).isEmpty();
    }

    // When text is drawn over earlier text, then its spaces overwrite what was there.
    @Test
    void text_overExistingCells_spacesOverwrite() {
        Canvas canvas = new Canvas();
        canvas.text(0, 0, "abcdef");

        canvas.text(1, 0, " X ");

        assertThat(canvas.lines()).containsExactly("a X ef");
    }

    // When a cell is drawn on a low row, then the rows above it are empty strings and trailing spaces are cut.
    @Test
    void lines_gapsAndTrailingSpaces_areEmptyAndStripped() {
        Canvas canvas = new Canvas();
        canvas.text(2, 2, "x   ");

        assertThat(canvas.lines()).containsExactly("", "", "  x");
    }

    // When an arrow is drawn, then it is a vertical line whose last row reads \|/.
    @Test
    void arrow_threeRows_endsInArrowHead() {
        Canvas canvas = new Canvas();

        canvas.arrow(1, 0, 3);

        assertThat(canvas.lines()).containsExactly(" |", " |", "\\|/");
    }

    // When lines of dashes and bars are drawn, then they cover exactly the given length.
    @Test
    void lines_horizontalAndVertical_coverTheirLength() {
        Canvas canvas = new Canvas();

        canvas.horizontalLine(1, 0, 3);
        canvas.verticalLine(0, 1, 2);

        assertThat(canvas.lines()).containsExactly(" ---", "|", "|");
    }

    // If a character outside the Basic Multilingual Plane is drawn, then it takes one cell.
    @Test
    void text_supplementaryCharacter_takesOneCell() {
        Canvas canvas = new Canvas();

        canvas.text(0, 0, "\uD83D\uDE00b");
        canvas.put(1, 0, 'c');

        assertThat(canvas.lines()).containsExactly("\uD83D\uDE00c");
    }

    // If a cell left of or above the origin is drawn, then IllegalArgumentException is thrown.
    @Test
    void put_negativeCoordinate_throws() {
        assertThatThrownBy(() -> new Canvas().put(-1, 0, 'x')).isInstanceOf(IllegalArgumentException.class);
    }
}
