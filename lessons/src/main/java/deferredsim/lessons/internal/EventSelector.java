package deferredsim.lessons.internal;

import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import java.util.List;
import java.util.Objects;

/**
 * Picks the first event of a kind in a recording, in the trace's words: {@code {"d": "outer",
 * "event": "run", "stage": 1}}. Events: fire, run, error (AlreadyCalledError), cancel, pause,
 * unpause, resume, wait (a chain starts waiting on an inner deferred), take (it takes the inner's
 * result). {@code stage} and {@code side} narrow run; {@code step} narrows resume.
 *
 * @param stage -1 for any
 * @param side null for any
 * @param step -1 for any
 */
record EventSelector(String deferred, String event, int stage, String side, int step) implements Selector {
    /** The event words a selector accepts. */
    static final List<String> EVENTS =
            List.of("fire", "run", "error", "cancel", "pause", "unpause", "resume", "wait", "take");

    EventSelector {
        Objects.requireNonNull(deferred, "deferred");
        if (!EVENTS.contains(event)) {
            throw new IllegalArgumentException("unknown event " + event);
        }
    }

    @Override
    public List<String> unknownNames(Recording recording) {
        return Selector.hasDeferred(recording, deferred)
                ? List.of()
                : List.of("the run has no deferred called " + deferred);
    }

    @Override
    public boolean matches(SimEvent e) {
        switch (event) {
            case "fire":
                return e instanceof SimEvent.Fired
                        && ((SimEvent.Fired) e).deferred().equals(deferred);
            case "run":
                if (!(e instanceof SimEvent.StageRan)) {
                    return false;
                }
                SimEvent.StageRan ran = (SimEvent.StageRan) e;
                return ran.deferred().equals(deferred)
                        && (stage < 0 || ran.stage() == stage)
                        && (side == null || ran.side().word().equals(side));
            case "error":
                return e instanceof SimEvent.AlreadyCalled
                        && ((SimEvent.AlreadyCalled) e).deferred().equals(deferred);
            case "cancel":
                return e instanceof SimEvent.Cancelled
                        && ((SimEvent.Cancelled) e).deferred().equals(deferred);
            case "pause":
                return e instanceof SimEvent.Paused
                        && ((SimEvent.Paused) e).deferred().equals(deferred);
            case "unpause":
                return e instanceof SimEvent.Unpaused
                        && ((SimEvent.Unpaused) e).deferred().equals(deferred);
            case "resume":
                return e instanceof SimEvent.GeneratorResumed
                        && ((SimEvent.GeneratorResumed) e).deferred().equals(deferred)
                        && (step < 0 || ((SimEvent.GeneratorResumed) e).step() == step);
            case "wait":
                return e instanceof SimEvent.WaitingOn
                        && ((SimEvent.WaitingOn) e).deferred().equals(deferred);
            case "take":
                return e instanceof SimEvent.ResultTaken
                        && ((SimEvent.ResultTaken) e).deferred().equals(deferred);
            default:
                throw new AssertionError(event);
        }
    }

    /** In words: "stage 1 of outer runs", "inner is fired", ... */
    @Override
    public String describe() {
        switch (event) {
            case "fire":
                return deferred + " is fired";
            case "run":
                return (stage < 0 ? "a stage" : "stage " + stage) + " of " + deferred
                        + (side == null ? "" : " (" + side + ")") + " runs";
            case "error":
                return "firing " + deferred + " raises AlreadyCalledError";
            case "cancel":
                return deferred + ".cancel() is called";
            case "pause":
                return deferred + ".pause() is called";
            case "unpause":
                return deferred + ".unpause() is called";
            case "resume":
                return "the generator of " + deferred + " resumes" + (step < 0 ? "" : " after step " + step);
            case "wait":
                return deferred + " starts waiting on an inner deferred";
            default:
                return deferred + " takes an inner deferred's result";
        }
    }
}
