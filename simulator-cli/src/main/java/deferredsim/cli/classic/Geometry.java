package deferredsim.cli.classic;

import deferredsim.core.reading.DeferredSnapshot.StageRun;
import deferredsim.core.scenario.PairSpec;
import java.util.List;

/**
 * The sizes of the classic diagram. Every box, passive or active, has the same width; a pair's
 * errback box stands two columns to the right of its callback box; boxes are five rows high with
 * three rows between one pair and the next.
 *
 * @param boxWidth the width of one box, borders included (18 in the original); even
 */
record Geometry(int boxWidth) {
    /** The width of every box in the original simulator. */
    static final int ORIGINAL_BOX_WIDTH = 18;

    /** Rows in a box: top border, value in, caption or blank, value out, bottom border. */
    static final int BOX_HEIGHT = 5;

    /** Rows from the top of one pair's boxes to the top of the next pair's. */
    static final int PAIR_PITCH = BOX_HEIGHT + 3;

    /** Inside a box, the spaces a text keeps at least on each side. */
    private static final int MARGIN = 1;

    Geometry {
        if (boxWidth < ORIGINAL_BOX_WIDTH || boxWidth % 2 != 0) {
            throw new IllegalArgumentException("a box is an even width of at least 18, not " + boxWidth);
        }
    }

    /**
     * The original's layout when every caption and value fits in its 18-wide boxes, which is always
     * so for values of up to seven characters; else boxes just wide enough (and even, so that arrows
     * stay centred) for the longest text to keep a space on each side.
     */
    static Geometry fitting(ClassicSnapshot snapshot) {
        int longest = 0;
        for (PairSpec pair : snapshot.pairs()) {
            longest = Math.max(longest, TextCells.length(pair.callback().toString()));
            longest = Math.max(longest, TextCells.length(pair.errback().toString()));
        }
        for (Firing firing : List.of(snapshot.callbackFiring(), snapshot.errbackFiring())) {
            longest = Math.max(longest, TextCells.length(firing.initial().render()));
            longest = Math.max(longest, TextCells.length(firing.result().render()));
            for (StageRun step : firing.steps()) {
                longest = Math.max(longest, TextCells.length(step.in().render()));
                longest = Math.max(longest, TextCells.length(step.out().render()));
            }
        }
        int needed = longest + 2 * MARGIN + 2;
        return new Geometry(Math.max(ORIGINAL_BOX_WIDTH, needed + needed % 2));
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
