package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.SimEvent;

/**
 * One event as a timeline row: a short tag ({@code fire}, {@code run}, {@code wait}, ...), the
 * text, and a style ({@link Style#MUTED} for the clock's bookkeeping and the end of a pass, so
 * the learner's own events stand out).
 */
record EventLine(String tag, String text, Style style) {
    /** The widest tag. */
    static final int TAG_WIDTH = 7;

    /** The row of event {@code index} of the scene's recording. */
    static EventLine of(Scene scene, int index) {
        SimEvent event = scene.recording.get(index);
        if (event instanceof SimEvent.Created) {
            SimEvent.Created created = (SimEvent.Created) event;
            Lane lane = scene.lane(created.deferred());
            String origin = lane == null || lane.origin.isEmpty() ? "" : "  (" + lane.origin + ")";
            String constructor = scene.scenario
                    .deferred(created.deferred())
                    .map(Phrases::constructor)
                    .orElse(created.deferred());
            return new EventLine("create", constructor + origin, null);
        }
        if (event instanceof SimEvent.Fired) {
            SimEvent.Fired fired = (SimEvent.Fired) event;
            return new EventLine(
                    "fire", Phrases.fireCall(fired.deferred(), fired.method(), fired.value()), Style.HEADER);
        }
        if (event instanceof SimEvent.AlreadyCalled) {
            return new EventLine(
                    "error", ((SimEvent.AlreadyCalled) event).deferred() + ": AlreadyCalledError", Style.WARNING);
        }
        if (event instanceof SimEvent.StageRan) {
            SimEvent.StageRan ran = (SimEvent.StageRan) event;
            String text = ran.deferred() + " stage " + ran.stage() + " "
                    + ran.side().word() + ": " + Phrases.value(ran.in()) + " -> " + ran.renderOut();
            return new EventLine("run", text, null);
        }
        if (event instanceof SimEvent.WaitingOn) {
            SimEvent.WaitingOn waiting = (SimEvent.WaitingOn) event;
            return new EventLine("wait", waiting.deferred() + " waits for " + waiting.inner(), Style.WAITING);
        }
        if (event instanceof SimEvent.ResultTaken) {
            SimEvent.ResultTaken taken = (SimEvent.ResultTaken) event;
            String text = taken.deferred() + " takes " + Phrases.value(taken.value()) + " from " + taken.inner()
                    + (taken.immediately() ? " at once" : "");
            return new EventLine("resume", text, null);
        }
        if (event instanceof SimEvent.GeneratorResumed) {
            SimEvent.GeneratorResumed resumed = (SimEvent.GeneratorResumed) event;
            return new EventLine(
                    "resume",
                    resumed.deferred() + " resumes at step " + resumed.step() + " with " + Phrases.value(resumed.in()),
                    null);
        }
        if (event instanceof SimEvent.Settled) {
            return settled(scene, index, (SimEvent.Settled) event);
        }
        if (event instanceof SimEvent.Cancelled) {
            return new EventLine("cancel", ((SimEvent.Cancelled) event).deferred() + ".cancel()", Style.HEADER);
        }
        if (event instanceof SimEvent.Paused) {
            return new EventLine("pause", ((SimEvent.Paused) event).deferred() + ".pause()", Style.HEADER);
        }
        if (event instanceof SimEvent.Unpaused) {
            return new EventLine("unpause", ((SimEvent.Unpaused) event).deferred() + ".unpause()", Style.HEADER);
        }
        if (event instanceof SimEvent.DelayedCallScheduled) {
            SimEvent.DelayedCallScheduled call = (SimEvent.DelayedCallScheduled) event;
            String what = Calls.describe(scene, call.call(), call.description());
            return new EventLine("clock", "schedules " + what + " for " + Phrases.time(call.due()), Style.MUTED);
        }
        if (event instanceof SimEvent.DelayedCallRan) {
            SimEvent.DelayedCallRan call = (SimEvent.DelayedCallRan) event;
            return new EventLine(
                    "clock", "runs " + Calls.describe(scene, call.call(), call.description()), Style.MUTED);
        }
        if (event instanceof SimEvent.DelayedCallCancelled) {
            SimEvent.DelayedCallCancelled call = (SimEvent.DelayedCallCancelled) event;
            return new EventLine(
                    "clock", "cancels " + Calls.describe(scene, call.call(), call.description()), Style.MUTED);
        }
        if (event instanceof SimEvent.Outcome) {
            return outcome((SimEvent.Outcome) event);
        }
        throw new AssertionError("unknown event " + event);
    }

    /** The end of a pass: what the deferred holds, or why it stopped. */
    private static EventLine settled(Scene scene, int index, SimEvent.Settled settled) {
        Lane lane = scene.lane(settled.deferred());
        String state = lane == null ? null : lane.versionAt(index);
        String text;
        if (settled.result() == null) {
            text = settled.deferred() + " stops: " + (state == null ? "waiting or paused" : state);
        } else {
            text = settled.deferred() + " holds " + Phrases.value(settled.result());
        }
        return new EventLine("settle", text + (settled.unhandled() ? "  [unhandled error]" : ""), Style.MUTED);
    }

    /** A final result: the state word of the trace and the value when fired. */
    private static EventLine outcome(SimEvent.Outcome outcome) {
        String text = outcome.deferred() + " " + outcome.state().word();
        if (outcome.state() == DeferredState.FIRED) {
            text += ": " + Phrases.value(outcome.value());
        }
        Style style = outcome.unhandled() ? Style.WARNING : null;
        return new EventLine("result", text + (outcome.unhandled() ? "  [unhandled error]" : ""), style);
    }
}
