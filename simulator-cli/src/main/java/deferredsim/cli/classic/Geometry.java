package deferredsim.cli.classic;

/**
 * The sizes of the classic diagram. Every box, passive or active, has the same width; a pair's
 * errback box stands two columns to the right of its callback box; boxes are five rows high with
 * three rows between one pair and the next.
 *
 * @param boxWidth the width of one box, borders included (18 in the original)
 */
record Geometry(int boxWidth) {
    /** The width of every box in the original simulator. */
    static final int ORIGINAL_BOX_WIDTH = 18;

    /** Rows in a box: top border, value in, caption or blank, value out, bottom border. */
    static final int BOX_HEIGHT = 5;

    /** Rows from the top of one pair's boxes to the top of the next pair's. */
    static final int PAIR_PITCH = BOX_HEIGHT + 3;

    /** The layout of the original simulator. */
    static Geometry original() {
        return new Geometry(ORIGINAL_BOX_WIDTH);
    }

    /** The width of a pair: callback box, two spaces, errback box. */
    int chainWidth() {
        return 2 * boxWidth + 2;
    }

    /** How far right of a chain's left edge its errback boxes start. */
    int errbackOffset() {
        return boxWidth + 2;
    }

    /** The column of the arrows into and out of a box whose left edge is at {@code boxX}. */
    int middle(int boxX) {
        return boxX + boxWidth / 2 - 1;
    }

    /** The rows taken by the boxes of {@code pairs} pairs. */
    int chainHeight(int pairs) {
        return PAIR_PITCH * pairs - 3;
    }

    /** The rows taken by a firing of {@code pairs} pairs: first value, boxes with arrows, result. */
    int firingHeight(int pairs) {
        return chainHeight(pairs) + 8;
    }
}
