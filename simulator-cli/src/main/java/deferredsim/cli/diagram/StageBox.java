package deferredsim.cli.diagram;

import deferredsim.core.reading.Words;
import deferredsim.core.recording.Side;
import deferredsim.core.time.Time;

/** One stage of a lane: its pair as written, when it was added, and (once it ran) which side ran. */
final class StageBox {
    final int stage;
    final String callback;
    final String errback;
    /** The event that made the box exist: the pair being added. */
    final int from;
    /** The time an {@code add} action added it, or null when it came with the chain. */
    final Time addedAt;

    Side ran;
    int runIndex = -1;

    StageBox(int stage, String callback, String errback, int from, Time addedAt) {
        this.stage = stage;
        this.callback = callback;
        this.errback = errback;
        this.from = from;
        this.addedAt = addedAt;
    }

    /** The member of {@code side}, as written. */
    String member(Side side) {
        return side == Side.CALLBACK ? callback : errback;
    }

    /** The note beside an added box, or the empty string. */
    String addedNote() {
        return addedAt == null ? "" : "added at " + Words.time(addedAt);
    }
}
