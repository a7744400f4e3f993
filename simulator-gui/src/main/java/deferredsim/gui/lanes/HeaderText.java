package deferredsim.gui.lanes;

import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Words;
import deferredsim.core.recording.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a column's header at a playhead, all from the reading's snapshot: its status (the
 * same words every view shows, {@link DeferredSnapshot#status()}), how it got its result (the
 * call, its canceller, {@code cancel()}, its members or its generator; never a late fire), the
 * side of that result (the firing line is drawn over that side's lane, in its colour), and notes
 * about late fires and an unhandled failure.
 *
 * @param firing how it got its result, or null before it had one
 * @param firingSide the side of the result it got, or null before it had one
 * @param notes late fires and the unhandled flag, or an empty string
 */
public record HeaderText(String status, String firing, Side firingSide, String notes) {
    /** The header for {@code s}. */
    public static HeaderText of(DeferredSnapshot s) {
        DeferredSnapshot.Firing firing = s.firing();
        List<String> notes = new ArrayList<>();
        for (DeferredSnapshot.LateFire late : s.lateFires()) {
            notes.add(late.call() + (late.swallowed() ? " came late: swallowed" : " came late: AlreadyCalledError"));
        }
        if (s.unhandled()) {
            notes.add("unhandled failure");
        }
        return new HeaderText(
                s.status(),
                firing == null ? null : "fired " + Words.how(firing),
                firing == null ? null : Words.sideOf(firing.value()),
                String.join(" · ", notes));
    }
}
