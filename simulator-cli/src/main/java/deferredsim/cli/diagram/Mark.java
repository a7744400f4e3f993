package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;

/**
 * One piece of text placed on the diagram, shown while the position is in {@code [from, until)}.
 * When the position is {@code source} (the event the mark depicts), it is drawn as {@code
 * activeText} (or its text) in {@link Style#ACTIVE}.
 */
record Mark(int row, int col, String text, Style style, int from, int until, int source, String activeText) {
    /** Never stops being visible. */
    static final int FOREVER = Integer.MAX_VALUE;

    /** True when the mark is visible at {@code position}. */
    boolean visibleAt(int position) {
        return from <= position && position < until;
    }
}
