package deferredsim.lessons.internal;

import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;

/** Finding a deferred's final outcome and its events in a recording. */
final class Outcomes {
    private Outcomes() {}

    /** The index of {@code deferred}'s outcome event. */
    static int outcomeIndex(Recording recording, String deferred) {
        for (int i = 0; i < recording.size(); i++) {
            SimEvent event = recording.get(i);
            if (event instanceof SimEvent.Outcome
                    && ((SimEvent.Outcome) event).deferred().equals(deferred)) {
                return i;
            }
        }
        throw new IllegalStateException("no outcome for " + deferred);
    }

    /** {@code deferred}'s outcome event. */
    static SimEvent.Outcome outcome(Recording recording, String deferred) {
        return (SimEvent.Outcome) recording.get(outcomeIndex(recording, deferred));
    }
}
