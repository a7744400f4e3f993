package deferredsim.cli.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.cli.text.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout check the step view's tests lean on: {@link Drawing#collisions}. */
class DrawingTest {
    // If two marks visible at the same position put different characters in a cell, then that cell is a collision;
    // spaces, equal characters, other rows and marks not yet visible are not.
    @Test
    void collisions_areCellsWhereTwoVisibleMarksDiffer() {
        Drawing drawing = new Drawing(
                List.of(
                        new Mark(0, 0, "abc", Style.HEADER, 0, Mark.FOREVER, -1, null),
                        new Mark(0, 2, "cd", Style.HEADER, 0, Mark.FOREVER, -1, null),
                        new Mark(1, 0, "xy", Style.HEADER, 0, Mark.FOREVER, -1, null),
                        new Mark(1, 1, "z", Style.HEADER, 3, Mark.FOREVER, -1, null),
                        new Mark(2, 0, "a b", Style.HEADER, 0, Mark.FOREVER, -1, null),
                        new Mark(2, 1, "q", Style.HEADER, 0, Mark.FOREVER, -1, null)),
                3,
                new int[0],
                new int[0]);

        assertThat(drawing.collisions(0)).isEmpty();
        assertThat(drawing.collisions(1)).isEmpty();
        assertThat(drawing.collisions(3)).containsExactly("1:1");
    }
}
