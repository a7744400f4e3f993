package deferredsim.lessons.internal;

import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.value.Value;

/**
 * Describes recording events in plain words for verdicts: "at t=2, stage 1 of d ran its errback
 * ...", "at t=3, program's reactor ran timed call #1 tick, due at t=1 (2 s late)".
 */
public final class EventWords {
    private EventWords() {}

    /** One sentence fragment (no final period) saying what {@code event} was, with its time. */
    public static String describe(SimEvent event) {
        return "at t=" + event.time() + ", " + what(event);
    }

    /** What {@code event} was, without its time. */
    public static String what(SimEvent event) {
        if (event instanceof SimEvent.ReactorEvent) {
            return ReactorWords.what((SimEvent.ReactorEvent) event);
        } else if (event instanceof SimEvent.Fired) {
            SimEvent.Fired e = (SimEvent.Fired) event;
            return code(e.deferred()) + " was fired with "
                    + (e.method() == FireMethod.CALLBACK
                            ? code("callback(" + e.value() + ")")
                            : code("errback(Exception(" + e.value() + "))"));
        } else if (event instanceof SimEvent.AlreadyCalled) {
            return "firing " + code(((SimEvent.AlreadyCalled) event).deferred())
                    + " again raised AlreadyCalledError at the caller";
        } else if (event instanceof SimEvent.StageRan) {
            return stage((SimEvent.StageRan) event);
        } else if (event instanceof SimEvent.Cancelled) {
            return code(((SimEvent.Cancelled) event).deferred() + ".cancel()") + " was called";
        } else if (event instanceof SimEvent.Paused) {
            return code(((SimEvent.Paused) event).deferred() + ".pause()") + " was called";
        } else if (event instanceof SimEvent.Unpaused) {
            return code(((SimEvent.Unpaused) event).deferred() + ".unpause()") + " was called";
        } else if (event instanceof SimEvent.GeneratorResumed) {
            SimEvent.GeneratorResumed e = (SimEvent.GeneratorResumed) event;
            return "the generator of " + code(e.deferred())
                    + (e.in().isFailure()
                            ? " had " + code(e.in().render()) + " raised at the yield of step " + e.step()
                            : " got " + code(e.in().render()) + " back from the yield of step " + e.step());
        } else if (event instanceof SimEvent.WaitingOn) {
            SimEvent.WaitingOn e = (SimEvent.WaitingOn) event;
            return code(e.deferred()) + " paused its chain to wait for " + code(e.inner());
        } else if (event instanceof SimEvent.ResultTaken) {
            SimEvent.ResultTaken e = (SimEvent.ResultTaken) event;
            return code(e.deferred()) + " took " + code(e.inner()) + "'s result "
                    + code(e.value().render()) + (e.immediately() ? " at once (it had fired already)" : "")
                    + ", leaving " + code(e.inner()) + " holding `None`";
        } else if (event instanceof SimEvent.Outcome) {
            return outcome((SimEvent.Outcome) event);
        } else if (event instanceof SimEvent.Created) {
            SimEvent.Created e = (SimEvent.Created) event;
            return code(e.deferred()) + " was created"
                    + (e.createdBy() == null ? "" : " (by " + code(e.createdBy()) + ")");
        } else if (event instanceof SimEvent.Settled) {
            SimEvent.Settled e = (SimEvent.Settled) event;
            return code(e.deferred()) + "'s chain stopped"
                    + (e.result() == null
                            ? " to wait"
                            : " holding " + code(e.result().render()));
        } else if (event instanceof SimEvent.DelayedCallScheduled) {
            SimEvent.DelayedCallScheduled e = (SimEvent.DelayedCallScheduled) event;
            return "a call was scheduled for t=" + e.due() + ": " + e.description();
        } else if (event instanceof SimEvent.DelayedCallRan) {
            return "a scheduled call ran: " + ((SimEvent.DelayedCallRan) event).description();
        } else if (event instanceof SimEvent.DelayedCallCancelled) {
            return "a scheduled call was cancelled: " + ((SimEvent.DelayedCallCancelled) event).description();
        }
        throw new AssertionError("unknown event " + event);
    }

    /** "d ended fired with c", "d ended pending (never fired)", ... with the unhandled flag. */
    public static String outcome(SimEvent.Outcome outcome) {
        String name = code(outcome.deferred());
        if (outcome.state() == DeferredState.FIRED) {
            return name + " ended holding " + code(outcome.value().render())
                    + (outcome.unhandled()
                            ? ", an unhandled error (Twisted would log \"Unhandled error in Deferred\")"
                            : "");
        } else if (outcome.state() == DeferredState.PENDING) {
            return name + " ended pending: it was never fired";
        } else if (outcome.state() == DeferredState.WAITING) {
            return name + " ended waiting: it fired, but its chain is still paused";
        }
        return name + " was never created";
    }

    private static String stage(SimEvent.StageRan e) {
        String head = "stage " + e.stage() + " of " + code(e.deferred()) + " ran its "
                + e.side().word() + " with " + code(e.in().render());
        if (e.returnedDeferred() != null) {
            return head + " and returned the deferred " + code(e.returnedDeferred());
        }
        Value out = e.out();
        return head + (out.isFailure() ? " and failed with " : " and returned ") + code(out.render());
    }

    /** {@code text} as Markdown inline code, so values like {@code b*} are not read as emphasis. */
    public static String code(String text) {
        return "`" + text + "`";
    }
}
