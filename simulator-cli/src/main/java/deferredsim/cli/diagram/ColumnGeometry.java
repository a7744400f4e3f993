package deferredsim.cli.diagram;

import deferredsim.cli.text.Columns;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.Side;

/**
 * Where things go across one lane, in columns from the lane's left edge: the active marker's
 * margin, the stage-number gutter, the pair box with its callback and errback halves, and the
 * bars that carry values down each half.
 */
final class ColumnGeometry {
    /** Columns for the {@code =>} marker of the active element and a space. */
    static final int MARGIN = 3;
    /** The narrowest half of a pair box. */
    static final int MIN_HALF = 11;
    /** The width a list's constructor line is cut to. */
    static final int HEADER_WIDTH = 36;
    /** What a row that points at a child says when the child is drawn as a tree of its own. */
    static final String SEE_BELOW = "(see below)";
    /** The shortest arrow to a child lane. */
    static final int MIN_ARROW = 4;

    final int boxX;
    final int callbackWidth;
    final int errbackWidth;
    final int width;

    ColumnGeometry(Column lane) {
        int stages = Math.max(
                Math.max(lane.boxes.size(), lane.steps.size()), lane.members().size());
        int gutter = String.valueOf(Math.max(stages - 1, 0)).length() + 1;
        boxX = MARGIN + gutter;
        int cb = MIN_HALF;
        int eb = MIN_HALF;
        for (StageBox box : lane.boxes) {
            cb = Math.max(cb, Columns.width(box.callback) + 4);
            eb = Math.max(eb, Columns.width(box.errback) + 4);
        }
        callbackWidth = cb;
        errbackWidth = eb;
        width = measure(lane) + 1;
    }

    /** The column of the bar down {@code track}: a box half's middle, or the steps' column for null. */
    int col(Side track) {
        if (track == null) {
            return boxX;
        }
        return track == Side.CALLBACK ? boxX + 1 + callbackWidth / 2 : boxX + 2 + callbackWidth + errbackWidth / 2;
    }

    /** The column just right of the box, where an added stage's note goes. */
    int afterBox() {
        return boxX + callbackWidth + errbackWidth + 3;
    }

    /** Where a row's text starts: right of its bar, or at the margin when it has none. */
    int textCol(Row row) {
        return row.track == null && row.kind != Row.Kind.RESUME ? MARGIN : col(row.track) + 3;
    }

    private int measure(Column lane) {
        int w = MARGIN + Columns.width(lane.originLine()) + 2;
        for (String line : Phrases.constructorLines(lane.spec, HEADER_WIDTH)) {
            w = Math.max(w, MARGIN + Columns.width(line));
        }
        w = Math.max(w, afterBox());
        for (StageBox box : lane.boxes) {
            int note = box.addedAt == null ? 0 : (" added " + Words.time(box.addedAt) + " ").length() + 1;
            if (note > Math.max(callbackWidth, errbackWidth)) {
                w = Math.max(w, afterBox() + 2 + Columns.width(box.addedNote()));
            }
        }
        for (String member : lane.members()) {
            w = Math.max(w, boxX + Columns.width(member) + 1 + SEE_BELOW.length());
        }
        for (Column.Step step : lane.steps) {
            w = Math.max(w, boxX + Columns.width(step.step.toString()) + 2 + SEE_BELOW.length());
            w = Math.max(w, measure(step.slot));
        }
        w = Math.max(w, measure(lane.intro));
        for (Column.Slot gap : lane.gaps) {
            w = Math.max(w, measure(gap));
        }
        for (Column.Version version : lane.versions) {
            int warning = version.warning() == null ? 0 : 2 + Columns.width(version.warning());
            w = Math.max(w, MARGIN + Columns.width(version.text()) + warning);
        }
        return w;
    }

    private int measure(Column.Slot slot) {
        int w = 0;
        for (Row row : slot.rows) {
            if (row.kind == Row.Kind.RESUME) {
                int from = row.link == null ? 0 : Columns.width(row.link) + 6;
                w = Math.max(w, col(row.track) + 5 + row.width() + 1 + Math.max(MIN_ARROW, from));
            } else {
                int link = row.link != null && row.kind == Row.Kind.VALUE ? 2 + SEE_BELOW.length() : 0;
                w = Math.max(w, textCol(row) + row.width() + link);
            }
        }
        return w;
    }
}
