package deferredsim.cli.diagram;

import deferredsim.core.recording.Side;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.time.Time;

/** One stage of a lane: its pair, when it was added, and (once it ran) which side ran. */
final class StageBox {
    final int stage;
    final PairSpec pair;
    /** The event that made the box exist: the deferred's creation, or the add action's run. */
    final int from;
    /** The time an {@code add} action added it, or null when it came with the chain. */
    final Time addedAt;

    Side ran;
    int runIndex = -1;

    StageBox(int stage, PairSpec pair, int from, Time addedAt) {
        this.stage = stage;
        this.pair = pair;
        this.from = from;
        this.addedAt = addedAt;
    }

    /** The note beside an added box, or the empty string. */
    String addedNote() {
        return addedAt == null ? "" : "added at " + Phrases.time(addedAt);
    }
}
