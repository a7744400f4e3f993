package deferredsim.cli.diagram;

import deferredsim.cli.text.Columns;
import deferredsim.cli.text.Style;
import deferredsim.core.recording.Side;

/**
 * One row of a lane's slot (a gap between stages, a generator step's wait, the list's members): a
 * note, the entry label, a value on the arrow, or the arrow back from a child. Rows are filled in
 * while the recording is folded and read by the layout afterwards.
 */
final class Row {
    /** What the row shows. */
    enum Kind {
        /** Text beside the bar: an action such as {@code t=1 d.pause()}, or "waiting for x". */
        NOTE,
        /** How the deferred got its result: {@code t=0 d.callback(start)}. */
        ENTRY,
        /** A value travelling down the bar; with {@link #link}, the deferred a stage returned. */
        VALUE,
        /** The arrow that brings a child's result back (a resumed chain, a generator's yield, a list member). */
        RESUME
    }

    final Kind kind;
    final String text;
    final Style style;
    final int from;
    final int source;
    /** The bar this row carries, or null for none. */
    final Side track;
    /** True when the bar is dotted: the chain is waiting or paused. */
    final boolean dotted;
    /** For a VALUE row: the child deferred it links to; for a RESUME row: the child it comes from. */
    final String link;
    /** For a VALUE row below a stage: that stage's number; else -1. */
    int stage = -1;
    /** When the link arrow appears (the child's creation). */
    int linkFrom = -1;
    /** Text added later at the row's end (AlreadyCalledError after a late fire), or null. */
    String suffix;

    Style suffixStyle;
    int suffixFrom = -1;

    Row(Kind kind, String text, Style style, int from, Side track, boolean dotted, String link) {
        this.kind = kind;
        this.text = text;
        this.style = style;
        this.from = from;
        this.source = from;
        this.track = track;
        this.dotted = dotted;
        this.link = link;
    }

    /** The row's full text width in terminal columns, suffix included. */
    int width() {
        return Columns.width(text) + (suffix == null ? 0 : Columns.width(suffix));
    }
}
