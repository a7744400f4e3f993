package deferredsim.gui.lanes;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.Side;
import deferredsim.core.value.Value;

/**
 * The arrow from an inner deferred's result back into the deferred (or generator) that took it:
 * into the row where the taker's chain goes on (below the stage that returned the inner deferred,
 * or the generator step that yielded it) and into the lane of the side the taken result travels
 * down: the callback lane for a success, the errback lane for a failure.
 *
 * @param taker the deferred that took the result
 * @param row the row of the taker's column the arrow ends in (local, fractional)
 * @param side the lane it ends in
 * @param value the result handed back
 */
record HandBack(String taker, double row, Side side, Value value) {
    /** The arrow for {@code inner} as {@code s} stands, or null when it has handed nothing back. */
    static HandBack of(LaneIndex index, Column inner, DeferredSnapshot s) {
        if (s.handedTo() == null || index.reading() == null) {
            return null;
        }
        Column taker = index.column(s.handedTo());
        Beat.HandsOn handed = null;
        Reading reading = index.reading();
        for (Beat beat : reading.beats(inner.name())) {
            if (beat instanceof Beat.HandsOn h && h.taker().equals(s.handedTo())) {
                handed = h;
            }
        }
        if (taker == null || handed == null) {
            return null;
        }
        Side side = Words.sideOf(handed.value());
        for (Beat beat : reading.beats(taker.name())) {
            if (beat instanceof Beat.Resumed resumed
                    && resumed.index() == handed.index()
                    && resumed.step() >= 0
                    && resumed.step() < taker.steps().size()) {
                return new HandBack(taker.name(), taker.stepRow(resumed.step()) + 0.5, side, handed.value());
            }
        }
        DeferredSnapshot then = reading.deferred(taker.name(), Playhead.after(handed.index()));
        int stage = then.lastRun() != null ? then.lastRun().stage() : Math.max(0, inner.anchorAt());
        return new HandBack(taker.name(), taker.stagesStart() + stage + 1, side, handed.value());
    }
}
