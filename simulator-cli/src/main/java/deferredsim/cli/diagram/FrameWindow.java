package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import deferredsim.core.reading.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a drawing a stepper frame shows: rows around the active element when the drawing is
 * taller than the room, and columns around it when it is wider, with the cuts marked.
 */
final class FrameWindow {
    private final List<StyledLine> lines;
    private final String columnsNote;

    private FrameWindow(List<StyledLine> lines, String columnsNote) {
        this.lines = lines;
        this.columnsNote = columnsNote;
    }

    /** The window of {@code drawing} at {@code position}, at most {@code rows} lines of {@code width} columns. */
    static FrameWindow of(Drawing drawing, int position, int width, int rows) {
        int height = drawing.heightAt(position);
        int top = 0;
        int shown = height;
        if (height > rows) {
            shown = Math.max(1, rows - 2);
            top = clamp(drawing.rowOf(position) - shown / 3, 0, height - shown);
        }
        int below = height - top - shown;
        List<StyledLine> painted = new ArrayList<>(drawing.paint(position, top, top + shown));
        while (below == 0
                && !painted.isEmpty()
                && painted.get(painted.size() - 1).length() == 0) {
            painted.remove(painted.size() - 1);
        }
        String note = "";
        if (drawing.width() > width) {
            int left = clamp(drawing.colOf(position) - width / 4, 0, drawing.width() - width);
            note = "   (columns " + (left + 1) + "-" + (left + width) + " of " + drawing.width() + ")";
            painted.replaceAll(line -> crop(line, left, width));
        }
        List<StyledLine> result = new ArrayList<>();
        if (top > 0) {
            result.add(StyledLine.of("  ^ " + Words.count(top, "row") + " above", Style.MUTED));
        }
        result.addAll(painted);
        if (below > 0) {
            result.add(StyledLine.of("  v " + Words.count(below, "row") + " below", Style.MUTED));
        }
        return new FrameWindow(List.copyOf(result), note);
    }

    /** The lines to show. */
    List<StyledLine> lines() {
        return lines;
    }

    /** Empty, or which columns are shown when the drawing is wider than the frame. */
    String columnsNote() {
        return columnsNote;
    }

    private static StyledLine crop(StyledLine line, int left, int width) {
        int columns = line.columns();
        StyledLine cut = line.columnSlice(Math.min(left, columns), Math.min(left + width, columns));
        if (left > 0 && cut.length() > 0) {
            cut = StyledLine.of("<", Style.MUTED).append(cut.columnSlice(1, cut.columns()));
        }
        if (columns > left + width) {
            cut = cut.columnSlice(0, width - 1).append(StyledLine.of(">", Style.MUTED));
        }
        return cut;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
