package deferredsim.lessons.internal;

import deferredsim.core.reading.Reading;
import java.util.List;
import java.util.Optional;

/**
 * Picks events of a read run for an exercise: {@link EventSelector} for a Deferred's events, read
 * from its beats; {@link TracePattern} for trace lines by their fields.
 */
interface Selector {
    /** The indexes of every event it picks, in order. */
    List<Integer> all(Reading reading);

    /** In words, as the subject of a sentence: "stage 1 of outer runs", "a timer line with call tick". */
    String describe();

    /**
     * Names the selector uses that the run does not have (a process, a deferred), one sentence
     * each; empty when every name exists. A reactor scenario's names exist only once it runs, so
     * the build checks them here.
     */
    List<String> unknownNames(Reading reading);

    /** The one process whose events it picks, when it names one exactly ({@code "who": "program"}). */
    default Optional<String> process() {
        return Optional.empty();
    }

    /** The one deferred whose events it picks, when it picks a Deferred's events. */
    default Optional<String> aboutDeferred() {
        return Optional.empty();
    }

    /** The index of the first event it picks, or -1. */
    default int find(Reading reading) {
        List<Integer> all = all(reading);
        return all.isEmpty() ? -1 : all.get(0);
    }
}
