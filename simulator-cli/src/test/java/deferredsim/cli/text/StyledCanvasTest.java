package deferredsim.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StyledCanvasTest {
    // When text is written at (row, col), then the lines hold it there with spaces before it and no trailing spaces.
    @Test
    void write_atRowAndColumn_placesTextAndTrimsTrailingSpaces() {
        List<StyledLine> lines =
                StyledCanvas.create().write(1, 3, "abc  ").write(0, 0, "x").lines();

        assertThat(lines).extracting(StyledLine::text).containsExactly("x", "   abc");
    }

    // When a styled write overlaps an earlier one, then the later characters and styles win.
    @Test
    void write_overlapping_laterWriteWins() {
        List<StyledLine> lines = StyledCanvas.create()
                .write(0, 0, "-----", Style.MUTED)
                .write(0, 2, "v", Style.ACTIVE)
                .lines();

        assertThat(lines.get(0).text()).isEqualTo("--v--");
        assertThat(lines.get(0).spans())
                .containsExactly(
                        new StyledLine.Span(0, 2, Style.MUTED),
                        new StyledLine.Span(2, 3, Style.ACTIVE),
                        new StyledLine.Span(3, 5, Style.MUTED));
    }

    // When cells are restyled, then their characters stay and only written cells change style.
    @Test
    void restyle_writtenCells_changesStylesOnly() {
        List<StyledLine> lines = StyledCanvas.create()
                .write(0, 2, "ab")
                .restyle(0, 0, 10, Style.ACTIVE)
                .lines();

        assertThat(lines.get(0).text()).isEqualTo("  ab");
        assertThat(lines.get(0).spans()).containsExactly(new StyledLine.Span(2, 4, Style.ACTIVE));
    }

    // If a write starts left of or above the canvas, then it is refused.
    @Test
    void write_negativeCell_throws() {
        assertThatThrownBy(() -> StyledCanvas.create().write(-1, 0, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    // When a narrow character outside the Basic Multilingual Plane is written, then it takes one column.
    @Test
    void write_supplementaryCharacter_takesOneColumn() {
        List<StyledLine> lines = StyledCanvas.create()
                .write(0, 0, "\uD835\uDC00b")
                .write(0, 2, "c")
                .lines();

        assertThat(lines.get(0).text()).isEqualTo("\uD835\uDC00bc");
    }

    // When a wide character (CJK, emoji) is written, then it takes two columns and what follows starts after them.
    @Test
    void write_wideCharacters_takeTwoColumns() {
        List<StyledLine> lines = StyledCanvas.create()
                .write(0, 0, "|中文|")
                .write(1, 0, "|🎉x|")
                .write(2, 0, "|abcd|")
                .lines();

        assertThat(lines).extracting(StyledLine::text).containsExactly("|中文|", "|🎉x|", "|abcd|");
        assertThat(lines).extracting(StyledLine::columns).containsExactly(6, 5, 6);
    }

    // When a narrow character is written over half of a wide one, then the other half becomes a space, keeping the
    // width.
    @Test
    void write_overHalfAWideCharacter_blanksTheOtherHalf() {
        List<StyledLine> lines =
                StyledCanvas.create().write(0, 0, "中文").write(0, 1, "x").lines();

        assertThat(lines.get(0).text()).isEqualTo(" x文");
        assertThat(lines.get(0).columns()).isEqualTo(4);
    }

    // When a combining mark follows a letter, then it joins that letter's cell and takes no column.
    @Test
    void write_combiningMark_joinsThePreviousCell() {
        List<StyledLine> lines = StyledCanvas.create().write(0, 0, "e\u0301|").lines();

        assertThat(lines.get(0).text()).isEqualTo("e\u0301|");
        assertThat(lines.get(0).columns()).isEqualTo(2);
    }
}
