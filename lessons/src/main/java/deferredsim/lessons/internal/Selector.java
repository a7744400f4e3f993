package deferredsim.lessons.internal;

import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks events of a recording for an exercise: {@link EventSelector} for a Deferred's events in
 * the words of the Deferred trace, {@link TracePattern} for any trace line by its fields.
 */
interface Selector {
    /** True when {@code event} is one this selector picks. */
    boolean matches(SimEvent event);

    /** In words, as the subject of a sentence: "stage 1 of outer runs", "a timer line with call tick". */
    String describe();

    /**
     * Names the selector uses that the run does not have (a process, a deferred), one sentence
     * each; empty when every name exists. A reactor scenario's names exist only once it runs, so
     * the build checks them here.
     */
    List<String> unknownNames(Recording recording);

    /** The one process whose events it picks, when it names one exactly ({@code "who": "program"}). */
    default Optional<String> process() {
        return Optional.empty();
    }

    /** The index of the first matching event, or -1. */
    default int find(Recording recording) {
        return findAfter(recording, -1);
    }

    /** The index of the first matching event after index {@code after}, or -1. */
    default int findAfter(Recording recording, int after) {
        for (int i = after + 1; i < recording.size(); i++) {
            if (matches(recording.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The indexes of every matching event, in order. */
    default List<Integer> all(Recording recording) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < recording.size(); i++) {
            if (matches(recording.get(i))) {
                found.add(i);
            }
        }
        return found;
    }

    /** Whether the run has a deferred called {@code deferred}: one it created or reports an outcome for. */
    static boolean hasDeferred(Recording recording, String deferred) {
        for (SimEvent event : recording.events()) {
            if (event instanceof SimEvent.Outcome outcome && outcome.deferred().equals(deferred)) {
                return true;
            }
        }
        return false;
    }
}
