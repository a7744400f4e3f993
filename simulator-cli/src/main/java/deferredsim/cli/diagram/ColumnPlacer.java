package deferredsim.cli.diagram;

import deferredsim.cli.text.Columns;
import deferredsim.cli.text.Style;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.Side;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places one lane top to bottom: header, generator steps or list members, then gap, box, gap, ...
 * and the result line, placing each child beside the row that points at it (see {@link Layout}).
 *
 * <p>Overview: {@code row} is the next free row of the lane and {@code childBottom} the next free
 * row of the children's column. A row that points at a child starts no higher than {@code
 * childBottom}; a row that brings a child's result back sits on the child's result line. Rows
 * skipped to meet either rule repeat the bar above them, so the chain visibly goes on (a solid
 * bar) or waits (a dotted one).
 */
final class ColumnPlacer {
    /** A bar segment to repeat down skipped rows. */
    private record Bar(int col, String glyph, int from) {}

    private final Layout layout;
    private final Column lane;
    private final ColumnGeometry g;
    private final int x;
    private final int depth;
    private final boolean root;
    private final int childX;
    private final int childRel;
    private final Map<String, Integer> footers = new LinkedHashMap<>();
    private int row;
    private int childBottom;
    private Bar bar;

    ColumnPlacer(Layout layout, Column lane, ColumnGeometry g, int x, int y, int depth, int rel, boolean root) {
        this.layout = layout;
        this.lane = lane;
        this.g = g;
        this.x = x;
        this.depth = depth;
        this.root = root;
        this.childX = x + g.width + Layout.GUTTER;
        this.childRel = rel + g.width + Layout.GUTTER;
        this.row = y;
        this.childBottom = y;
    }

    /** Places the whole lane, its result line no higher than {@code minFooterRow}, and returns where it ended. */
    Layout.Block place(int minFooterRow) {
        header();
        for (Row r : lane.intro.rows) {
            noteText(r, x + ColumnGeometry.MARGIN);
        }
        steps();
        members();
        for (int k = 0; k < lane.gaps.size(); k++) {
            gap(k, k == lane.gaps.size() - 1 ? minFooterRow : -1);
            if (k < lane.boxes.size()) {
                box(lane.boxes.get(k));
            }
        }
        fill(Math.max(row, minFooterRow));
        int footerRow = row;
        footer();
        return new Layout.Block(footerRow, Math.max(row, childBottom));
    }

    /** The constructor line(s), and where the deferred came from when it is not top-level. */
    private void header() {
        if (root) {
            layout.marker(row, x, lane.created);
        }
        for (String line : Phrases.constructorLines(lane.spec, ColumnGeometry.HEADER_WIDTH)) {
            layout.mark(row++, x + ColumnGeometry.MARGIN, line, Style.HEADER, lane.created, lane.created);
        }
        if (!lane.origin.isEmpty()) {
            layout.mark(row++, x + ColumnGeometry.MARGIN, "(" + lane.originLine() + ")", Style.MUTED, lane.created, -1);
        }
    }

    /** A generator's steps: each yield points at the deferred it waits for, and the arrow back says what it got. */
    private void steps() {
        for (Column.Step step : lane.steps) {
            String text = step.step.toString();
            boolean beside = step.child != null && step.reached >= 0 && layout.attaches(step.child, childRel, depth);
            if (beside) {
                fill(Math.max(row, childBottom));
            }
            number(step.index, lane.created);
            int col = x + g.boxX;
            int until = step.reached >= 0 ? step.reached : Mark.FOREVER;
            layout.mark(row, col, text, Style.MUTED, lane.created, until, -1, null);
            if (step.reached >= 0) {
                layout.mark(row, col, text, Style.HEADER, step.reached, step.reached);
                layout.marker(row, x, step.reached);
            }
            if (beside) {
                link(row, col + Columns.width(text) + 2, step.child, step.reached, waitRows(step.slot.rows, 0));
            } else if (step.child != null && step.reached >= 0) {
                layout.mark(
                        row, col + Columns.width(text) + 2, ColumnGeometry.SEE_BELOW, Style.MUTED, step.reached, -1);
                layout.detach(step.child);
            }
            row++;
            String glyph = step.waited ? ":" : "|";
            bar = step.reached >= 0 && step.child != null ? new Bar(col, glyph, step.reached) : null;
            for (Row r : step.slot.rows) {
                if (r.kind == Row.Kind.RESUME) {
                    resume(r, col, false);
                } else {
                    layout.mark(row, col, glyph, step.waited ? Style.WAITING : null, r.from, -1);
                    noteText(r, col + 3);
                }
            }
            waitEnds();
            bar = null;
        }
    }

    /** A list's members, each pointed at, each with an arrow back once it has a result. */
    private void members() {
        List<String> members = lane.members();
        for (int j = 0; j < members.size(); j++) {
            String member = members.get(j);
            Column child = layout.lane(member);
            int col = x + g.boxX;
            if (!layout.attaches(member, childRel, depth)) {
                number(j, lane.created);
                layout.mark(row++, col, member + " " + ColumnGeometry.SEE_BELOW, Style.MUTED, lane.created, -1);
                layout.detach(member);
                continue;
            }
            fill(Math.max(row, childBottom));
            number(j, lane.created);
            layout.mark(row, col, "+", null, lane.created, -1);
            link(row, col + 1, member, lane.created, 0);
            row++;
            bar = new Bar(col, ":", lane.created);
            int footer = footers.remove(member);
            fill(footer);
            if (child.entered >= 0) {
                arrowBack(footer, col, "", null, child.entered, -1);
                bar = new Bar(col, ":", lane.created);
            }
            layout.mark(
                    footer,
                    col,
                    ":",
                    Style.WAITING,
                    lane.created,
                    child.entered < 0 ? Mark.FOREVER : child.entered,
                    -1,
                    null);
            row = footer + 1;
        }
        bar = null;
    }

    /** Draws gap {@code k}; the last gap stretches so the result line is no higher than {@code minFooterRow}. */
    private void gap(int k, int minFooterRow) {
        Column.Slot slot = lane.gaps.get(k);
        bar = null;
        List<Row> rows = slot.rows;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            switch (r.kind) {
                case ENTRY:
                    timed(row, x + ColumnGeometry.MARGIN, r.text, r.style, r.from, r.source);
                    layout.marker(row++, x, r.source);
                    break;
                case NOTE:
                    drawBar(r);
                    noteText(r, x + g.textCol(r));
                    break;
                case VALUE:
                    value(r, waitRows(rows, i + 1));
                    break;
                default:
                    resume(r, x + g.col(r.track), true);
            }
        }
        waitEnds();
        if (minFooterRow >= 0 && bar != null) {
            fill(Math.max(row, minFooterRow - 1));
        }
        closing(k, slot);
    }

    /** A value on the bar; when a stage returned a deferred, the arrow to it and the deferred beside it. */
    private void value(Row r, int waitRows) {
        boolean beside = r.link != null && r.linkFrom >= 0 && layout.attaches(r.link, childRel, depth);
        if (beside) {
            fill(Math.max(row, childBottom));
        }
        drawBar(r);
        int col = x + g.textCol(r);
        layout.mark(row, col, r.text, r.style, r.from, r.source);
        layout.marker(row, x, r.source);
        if (beside) {
            link(row, col + Columns.width(r.text) + 2, r.link, r.linkFrom, waitRows);
        } else if (r.link != null && r.linkFrom >= 0) {
            layout.mark(row, col + Columns.width(r.text) + 2, ColumnGeometry.SEE_BELOW, Style.MUTED, r.linkFrom, -1);
            layout.detach(r.link);
        }
        row++;
    }

    /** Draws the arrow from {@code col} on {@code linkRow} to child {@code name} and places the child there. */
    private void link(int linkRow, int col, String name, int from, int waitRows) {
        int length = Math.max(1, childX - 1 - col);
        layout.mark(linkRow, col, "-".repeat(length) + ">", null, from, Mark.FOREVER, from, "=".repeat(length) + ">");
        Layout.Block block = layout.place(name, childX, linkRow, linkRow + waitRows + 1, depth + 1, childRel, false);
        footers.put(name, block.footerRow());
        childBottom = block.bottom() + 1;
    }

    /** The rows between a link and the row bringing its result back: notes made while waiting. */
    private static int waitRows(List<Row> rows, int from) {
        int count = 0;
        for (int i = from; i < rows.size() && rows.get(i).kind == Row.Kind.NOTE; i++) {
            count++;
        }
        return count;
    }

    /** The arrow that brings a child's result back, on the child's result line (or in words when it is drawn below). */
    private void resume(Row r, int col, boolean withBar) {
        Integer footer = footers.remove(r.link);
        if (footer == null) {
            if (withBar) {
                layout.mark(row, col, "|", null, r.from, -1);
            }
            layout.mark(row, col + (withBar ? 1 : 0), "<-- " + r.text + " from " + r.link, r.style, r.from, r.source);
            layout.marker(row++, x, r.source);
            return;
        }
        fill(footer);
        if (withBar) {
            layout.mark(footer, col, "|", null, r.from, -1);
            bar = new Bar(col, "|", r.from);
        }
        arrowBack(footer, col + (withBar ? 1 : 0), r.text, r.style, r.from, r.source);
        layout.marker(footer, x, r.source);
        row = footer + 1;
    }

    /** An arrow from the children's column back to {@code col}, carrying {@code label}. */
    private void arrowBack(int at, int col, String label, Style style, int from, int source) {
        String head = label.isEmpty() ? "<" : "<-- " + label + " ";
        String activeHead = label.isEmpty() ? "<" : "<== " + label + " ";
        int length = Math.max(1, childX - col - Columns.width(head));
        layout.mark(at, col, head, style, from, Mark.FOREVER, source, activeHead);
        layout.mark(
                at,
                col + Columns.width(head),
                "-".repeat(length),
                null,
                from,
                Mark.FOREVER,
                source,
                "=".repeat(length));
    }

    /** Extends the bar beside children that never handed a result back, down to their result lines. */
    private void waitEnds() {
        for (int footer : footers.values()) {
            fill(Math.max(row, footer + 1));
        }
        footers.clear();
    }

    /** The end of gap {@code k}: a jog across when the next stage ran on the other side, then the arrowhead. */
    private void closing(int k, Column.Slot slot) {
        boolean boxFollows = k < lane.boxes.size();
        if (bar == null) {
            if (boxFollows) {
                row++;
            }
            return;
        }
        int close = boxFollows ? lane.boxes.get(k).runIndex : slot.closedAt;
        Side next = boxFollows ? lane.boxes.get(k).ran : null;
        int to = next == null ? bar.col : x + g.col(next);
        if (close >= 0 && to != bar.col) {
            int left = Math.min(to, bar.col);
            int width = Math.abs(to - bar.col) - 1;
            layout.mark(row, left, "+" + "-".repeat(width) + "+", null, close, -1);
            row++;
        }
        if (close >= 0) {
            layout.mark(row, to, "v", null, close, -1);
        }
        row++;
        bar = null;
    }

    /** A pair box: borders (= while it is the stage that just ran), the stage number, both members. */
    private void box(StageBox box) {
        int left = x + g.boxX;
        int cw = g.callbackWidth;
        int ew = g.errbackWidth;
        String border = "+" + "-".repeat(cw) + "+" + "-".repeat(ew) + "+";
        String active = border.replace('-', '=');
        String top = addedBorder(box, cw, ew);
        layout.mark(row, left, top, null, box.from, Mark.FOREVER, box.runIndex, active);
        layout.mark(row + 2, left, border, null, box.from, Mark.FOREVER, box.runIndex, active);
        int mid = row + 1;
        row = mid;
        number(box.stage, box.from);
        row = mid - 1;
        layout.mark(mid, left, "|", null, box.from, -1);
        layout.mark(mid, left + cw + 1, "|", null, box.from, -1);
        layout.mark(mid, left + cw + ew + 2, "|", null, box.from, -1);
        half(box, Side.CALLBACK, mid, left + 1, cw);
        half(box, Side.ERRBACK, mid, left + cw + 2, ew);
        layout.marker(mid, x, box.runIndex);
        if (box.addedAt != null && top.equals(border)) {
            layout.mark(mid, x + g.afterBox() + 2, box.addedNote(), Style.MUTED, box.from, -1);
        }
        row += 3;
    }

    /** The top border, with an added stage's {@code added t=1} written into a half it fits in. */
    private static String addedBorder(StageBox box, int cw, int ew) {
        String note = box.addedAt == null ? null : " added " + Words.time(box.addedAt) + " ";
        if (note != null && note.length() + 1 <= cw) {
            return "+-" + note + "-".repeat(cw - 1 - note.length()) + "+" + "-".repeat(ew) + "+";
        }
        if (note != null && note.length() + 1 <= ew) {
            return "+" + "-".repeat(cw) + "+-" + note + "-".repeat(ew - 1 - note.length()) + "+";
        }
        return "+" + "-".repeat(cw) + "+" + "-".repeat(ew) + "+";
    }

    /** One member of a box: plain until the stage runs, then {@code >} and its style if it ran, muted if skipped. */
    private void half(StageBox box, Side side, int at, int col, int width) {
        String code = box.member(side);
        Style style = Phrases.styleOf(side);
        int until = box.runIndex >= 0 ? box.runIndex : Mark.FOREVER;
        layout.mark(at, col, centre("  " + code, width), style, box.from, until, -1, null);
        if (box.runIndex >= 0) {
            boolean ran = box.ran == side;
            String text = centre((ran ? "> " : "  ") + code, width);
            layout.mark(
                    at,
                    col,
                    text,
                    ran ? style : Style.MUTED,
                    box.runIndex,
                    Mark.FOREVER,
                    ran ? box.runIndex : -1,
                    null);
        }
    }

    /** The result line, one version after another as the deferred's state changes. */
    private void footer() {
        List<Column.Version> versions = lane.versions;
        for (int i = 0; i < versions.size(); i++) {
            Column.Version version = versions.get(i);
            int until = i + 1 < versions.size() ? versions.get(i + 1).from() : Mark.FOREVER;
            int col = x + ColumnGeometry.MARGIN;
            int source = version.depicts() ? version.from() : -1;
            layout.mark(row, col, version.text(), version.style(), version.from(), until, source, null);
            if (version.warning() != null) {
                layout.mark(
                        row,
                        col + Columns.width(version.text()) + 2,
                        version.warning(),
                        Style.WARNING,
                        version.from(),
                        until,
                        -1,
                        null);
            }
            if (root) {
                layout.marker(row, x, source);
            }
        }
        row++;
    }

    /** A stage or step number in the gutter left of the box. */
    private void number(int n, int from) {
        String text = String.valueOf(n);
        layout.mark(row, x + g.boxX - 1 - text.length(), text, Style.MUTED, from, -1);
    }

    /** The bar of a row, dotted while the chain waits or is paused. */
    private void drawBar(Row r) {
        if (r.track != null) {
            String glyph = r.dotted ? ":" : "|";
            int col = x + g.col(r.track);
            layout.mark(row, col, glyph, r.dotted ? Style.WAITING : null, r.from, -1);
            bar = new Bar(col, glyph, r.from);
        }
    }

    /** A note and any suffix added later (AlreadyCalledError, ignored), on its own row. */
    private void noteText(Row r, int col) {
        timed(row, col, r.text, r.style, r.from, r.source);
        if (r.suffix != null) {
            layout.mark(row, col + Columns.width(r.text), r.suffix, r.suffixStyle, r.suffixFrom, r.suffixFrom);
        }
        layout.marker(row++, x, r.source);
    }

    /** Draws {@code text}, with a leading {@code t=...} in {@link Style#TIME}. */
    private void timed(int at, int col, String text, Style style, int from, int source) {
        int space = text.indexOf(' ');
        if (text.startsWith("t=") && space > 0) {
            layout.mark(at, col, text.substring(0, space), Style.TIME, from, source);
            layout.mark(at, col + space, text.substring(space), style, from, source);
        } else {
            layout.mark(at, col, text, style, from, source);
        }
    }

    /** Moves down to {@code target}, repeating the current bar on every row skipped. */
    private void fill(int target) {
        while (row < target) {
            if (bar != null) {
                layout.mark(row, bar.col, bar.glyph, bar.glyph.equals(":") ? Style.WAITING : null, bar.from, -1);
            }
            row++;
        }
    }

    private static String centre(String text, int width) {
        int left = Math.max(0, (width - Columns.width(text)) / 2);
        return " ".repeat(left) + text + " ".repeat(Math.max(0, width - left - Columns.width(text)));
    }
}
