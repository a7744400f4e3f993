package deferredsim.cli.diagram;

import deferredsim.cli.text.Columns;
import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledCanvas;
import deferredsim.cli.text.StyledLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A laid-out scenario: every mark of every lane at its final place, and for each event the row
 * that shows it. Painting at a position draws only the marks visible then, so the layout never
 * moves while a learner steps; painting a band of rows touches only the marks in it.
 */
final class Drawing {
    private final List<Mark> marks;
    private final int[] rowStarts;
    private final int height;
    private final int width;
    private final int[] eventRows;
    private final int[] eventCols;
    private final int[] bottoms;

    Drawing(List<Mark> marks, int height, int[] eventRows, int[] eventCols) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::row));
        this.marks = sorted;
        this.height = height;
        this.width = marks.stream()
                .mapToInt(mark -> mark.col() + Columns.width(mark.text()))
                .max()
                .orElse(0);
        this.eventRows = eventRows;
        this.eventCols = eventCols;
        this.bottoms = bottoms(sorted, eventRows.length);
        this.rowStarts = new int[height + 1];
        int m = 0;
        for (int row = 0; row <= height; row++) {
            while (m < sorted.size() && sorted.get(m).row() < row) {
                m++;
            }
            rowStarts[row] = m;
        }
    }

    /** For each position, one more than the lowest row any mark shown by then reaches. */
    private static int[] bottoms(List<Mark> marks, int events) {
        int[] bottoms = new int[events];
        for (Mark mark : marks) {
            if (mark.from() >= 0 && mark.from() < events) {
                bottoms[mark.from()] = Math.max(bottoms[mark.from()], mark.row() + 1);
            }
        }
        for (int i = 1; i < events; i++) {
            bottoms[i] = Math.max(bottoms[i], bottoms[i - 1]);
        }
        return bottoms;
    }

    /** The rows in use at {@code position}: below them, nothing has been drawn yet. */
    int heightAt(int position) {
        if (position < 0 || bottoms.length == 0) {
            return 0;
        }
        return Math.min(height, bottoms[Math.min(position, bottoms.length - 1)]);
    }

    /** Rows the drawing takes. */
    int height() {
        return height;
    }

    /** Columns the drawing takes: the right end of its rightmost mark. */
    int width() {
        return width;
    }

    /** The top row showing event {@code index}, or of the nearest earlier event shown; 0 when none. */
    int rowOf(int index) {
        for (int i = Math.min(index, eventRows.length - 1); i >= 0; i--) {
            if (eventRows[i] >= 0) {
                return eventRows[i];
            }
        }
        return 0;
    }

    /** The left column of the top mark showing event {@code index}, or of the nearest earlier event shown; 0 when none. */
    int colOf(int index) {
        for (int i = Math.min(index, eventRows.length - 1); i >= 0; i--) {
            if (eventRows[i] >= 0) {
                return eventCols[i];
            }
        }
        return 0;
    }

    /** True when some mark depicts event {@code index}. */
    boolean shows(int index) {
        return index >= 0 && index < eventRows.length && eventRows[index] >= 0;
    }

    /**
     * The cells where two marks visible at {@code position} put different characters, as "row:col"
     * strings; a correct layout has none. For tests.
     */
    List<String> collisions(int position) {
        List<String> found = new ArrayList<>();
        for (int row = 0; row < height; row++) {
            if (rowStarts[row + 1] - rowStarts[row] > 1) {
                rowCollisions(position, row, found);
            }
        }
        return found;
    }

    /** Adds to {@code found} the cells of {@code row} where two marks visible at {@code position} differ. */
    private void rowCollisions(int position, int row, List<String> found) {
        Map<Integer, Integer> cells = new HashMap<>();
        for (int m = rowStarts[row]; m < rowStarts[row + 1]; m++) {
            Mark mark = marks.get(m);
            if (!mark.visibleAt(position)) {
                continue;
            }
            String text = mark.source() == position && mark.activeText() != null ? mark.activeText() : mark.text();
            int col = mark.col();
            for (int cp : text.codePoints().toArray()) {
                for (int half = 0; half < Columns.of(cp); half++, col++) {
                    Integer before = cells.put(col, cp);
                    if (before != null && before != cp && before != ' ' && cp != ' ') {
                        found.add(row + ":" + col);
                    }
                }
            }
        }
    }

    /** Rows {@code [top, bottom)} as they look at {@code position}. */
    List<StyledLine> paint(int position, int top, int bottom) {
        int from = Math.max(0, Math.min(top, height));
        int to = Math.max(from, Math.min(bottom, height));
        StyledCanvas canvas = StyledCanvas.create();
        for (int m = rowStarts[from]; m < rowStarts[to]; m++) {
            Mark mark = marks.get(m);
            if (!mark.visibleAt(position)) {
                continue;
            }
            boolean active = mark.source() == position;
            String text = active && mark.activeText() != null ? mark.activeText() : mark.text();
            Style style = active ? Style.ACTIVE : mark.style();
            canvas.write(mark.row() - from, mark.col(), text, style);
        }
        List<StyledLine> lines = new ArrayList<>(canvas.lines());
        while (lines.size() < to - from) {
            lines.add(StyledLine.empty());
        }
        return lines;
    }
}
