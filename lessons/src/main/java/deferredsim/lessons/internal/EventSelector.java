package deferredsim.lessons.internal;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.Reading;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks a Deferred's events by what happened to it, in the trace's words: {@code {"d": "outer",
 * "event": "run", "stage": 1}}. Events: fire (a {@code callback()}/{@code errback()} call on it, a
 * late one included), run, error (a late fire that raises AlreadyCalledError), cancel, pause,
 * unpause, resume, wait (its chain starts waiting on an inner deferred), take (it takes the inner's
 * result), cancelled (a cancel reaches it: called on it, or passed on by the deferred that waits on
 * it; the trace has no line for the passed-on kind). {@code stage} and {@code side} narrow run; {@code step} narrows resume. Read from the
 * deferred's {@link Beat}s.
 *
 * @param stage -1 for any
 * @param side null for any
 * @param step -1 for any
 */
record EventSelector(String deferred, String event, int stage, String side, int step) implements Selector {
    /** The event words a selector accepts. */
    static final List<String> EVENTS =
            List.of("fire", "run", "error", "cancel", "cancelled", "pause", "unpause", "resume", "wait", "take");

    EventSelector {
        Objects.requireNonNull(deferred, "deferred");
        if (!EVENTS.contains(event)) {
            throw new IllegalArgumentException("unknown event " + event);
        }
    }

    @Override
    public List<String> unknownNames(Reading reading) {
        return Outcomes.has(reading, deferred) ? List.of() : List.of("the run has no deferred called " + deferred);
    }

    @Override
    public Optional<String> aboutDeferred() {
        return Optional.of(deferred);
    }

    @Override
    public List<Integer> all(Reading reading) {
        return reading.beats(deferred).stream()
                .filter(this::picks)
                .map(Beat::index)
                .distinct()
                .toList();
    }

    private boolean picks(Beat beat) {
        return switch (event) {
            case "fire" ->
                beat instanceof Beat.LateFire
                        || beat instanceof Beat.Fired fired && fired.firing().call() != null;
            case "run" ->
                beat instanceof Beat.StageRan ran
                        && (stage < 0 || ran.run().stage() == stage)
                        && (side == null || ran.run().side().word().equals(side));
            case "error" -> beat instanceof Beat.LateFire late && !late.fire().swallowed();
            case "cancel" -> beat instanceof Beat.CancelCalled;
            case "cancelled" -> beat instanceof Beat.CancelArrived;
            case "pause" -> beat instanceof Beat.Paused;
            case "unpause" -> beat instanceof Beat.Unpaused;
            case "resume" -> beat instanceof Beat.Resumed resumed && (step < 0 || resumed.step() == step);
            case "wait" -> beat instanceof Beat.Waits;
            case "take" -> beat instanceof Beat.Takes;
            default -> throw new AssertionError(event);
        };
    }

    /** In words: "stage 1 of outer runs", "inner is fired", ... */
    @Override
    public String describe() {
        return switch (event) {
            case "fire" -> deferred + " is fired";
            case "run" ->
                (stage < 0 ? "a stage" : "stage " + stage) + " of " + deferred + (side == null ? "" : " (" + side + ")")
                        + " runs";
            case "error" -> "firing " + deferred + " raises AlreadyCalledError";
            case "cancel" -> deferred + ".cancel() is called";
            case "cancelled" -> "a cancel reaches " + deferred;
            case "pause" -> deferred + ".pause() is called";
            case "unpause" -> deferred + ".unpause() is called";
            case "resume" -> "the generator of " + deferred + " resumes" + (step < 0 ? "" : " after step " + step);
            case "wait" -> deferred + " starts waiting on an inner deferred";
            default -> deferred + " takes an inner deferred's result";
        };
    }
}
