package deferredsim.lessons.internal;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Reading;
import deferredsim.core.value.Value;
import java.util.List;

/** How each deferred ends, as the {@link Reading} says (its {@code result} line), and in words. */
final class Outcomes {
    private Outcomes() {}

    /** Whether the run has a deferred called {@code deferred}: one it reports an end for (created or not). */
    static boolean has(Reading reading, String deferred) {
        return reading.beats(deferred).stream().anyMatch(Beat.Outcome.class::isInstance);
    }

    /**
     * {@code deferred}'s end.
     *
     * @throws IllegalStateException when the run reports no end for it ({@link #has} is false)
     */
    static Beat.Outcome of(Reading reading, String deferred) {
        List<Beat> beats = reading.beats(deferred);
        for (int i = beats.size() - 1; i >= 0; i--) {
            if (beats.get(i) instanceof Beat.Outcome outcome) {
                return outcome;
            }
        }
        throw new IllegalStateException("no outcome for " + deferred);
    }

    /** The answer a result exercise expects: the final value as traces render it, or the state's word. */
    static String answer(Reading reading, String deferred) {
        Beat.Outcome outcome = of(reading, deferred);
        return outcome.value() == null
                ? outcome.state().word()
                : outcome.value().render();
    }

    /** "`d` ends holding `c`", "`d` ends pending: it was never fired", ... as Markdown. */
    static String ends(Reading reading, String deferred) {
        Beat.Outcome outcome = of(reading, deferred);
        DeferredSnapshot last = reading.deferred(deferred, reading.end());
        String name = Md.code(deferred);
        return switch (outcome.state()) {
            case FIRED ->
                name + " ends holding " + Md.code(outcome.value().render())
                        + (last.handedTo() != null && Value.NONE.equals(outcome.value())
                                ? " (it handed its result to " + Md.code(last.handedTo()) + ")"
                                : "");
            case PENDING -> name + " ends pending: it was never fired";
            case WAITING -> name + " ends waiting: it fired, but its chain is " + Md.escape(last.status());
            case UNUSED -> name + " is never created";
        };
    }
}
