package deferredsim.gui.events;

import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.value.Value;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * What an event means, in a sentence a learner can read ({@link #describe}) and in a word or two
 * for the timeline ({@link #shortLabel}), plus the deferred it concerns ({@link #deferredOf}).
 *
 * <p>Every kind the engine has today gets its own wording in Twisted's vocabulary. A kind added
 * later is described from its record components ({@code ReactorTick(phase=run)}) and, when it
 * has a {@code deferred} component, placed on that deferred's track.
 */
public final class EventText {
    private EventText() {}

    /** One sentence for the status line. */
    public static String describe(SimEvent event) {
        String at = "t=" + event.time() + "  ";
        if (event instanceof SimEvent.Created) {
            SimEvent.Created e = (SimEvent.Created) event;
            return at + e.deferred() + " is created" + (e.createdBy() == null ? "" : " by " + e.createdBy());
        } else if (event instanceof SimEvent.Fired) {
            SimEvent.Fired e = (SimEvent.Fired) event;
            return at + e.deferred() + "." + fireCall(e.method(), e.value());
        } else if (event instanceof SimEvent.AlreadyCalled) {
            return at + "AlreadyCalledError: " + ((SimEvent.AlreadyCalled) event).deferred() + " had fired already";
        } else if (event instanceof SimEvent.StageRan) {
            SimEvent.StageRan e = (SimEvent.StageRan) event;
            return at + e.deferred() + " stage " + e.stage() + " " + e.side().word() + ": " + e.in().render() + " → "
                    + e.renderOut();
        } else if (event instanceof SimEvent.Cancelled) {
            return at + ((SimEvent.Cancelled) event).deferred() + ".cancel()";
        } else if (event instanceof SimEvent.Paused) {
            return at + ((SimEvent.Paused) event).deferred() + ".pause()";
        } else if (event instanceof SimEvent.Unpaused) {
            return at + ((SimEvent.Unpaused) event).deferred() + ".unpause()";
        } else if (event instanceof SimEvent.GeneratorResumed) {
            SimEvent.GeneratorResumed e = (SimEvent.GeneratorResumed) event;
            return at + "generator " + e.deferred() + " resumes at step " + e.step() + " with " + e.in().render();
        } else if (event instanceof SimEvent.WaitingOn) {
            SimEvent.WaitingOn e = (SimEvent.WaitingOn) event;
            return at + e.deferred() + " pauses: waiting on " + e.inner();
        } else if (event instanceof SimEvent.ResultTaken) {
            SimEvent.ResultTaken e = (SimEvent.ResultTaken) event;
            return at + e.deferred() + " resumes with " + e.inner() + "'s result "
                    + e.value().render() + (e.immediately() ? " (it had fired already)" : "") + "; " + e.inner()
                    + " now holds None";
        } else if (event instanceof SimEvent.Settled) {
            SimEvent.Settled e = (SimEvent.Settled) event;
            return at
                    + e.deferred()
                    + (e.result() == null ? " stops: its chain is paused" : " has result " + render(e.result()))
                    + (e.unhandled() ? " (unhandled error)" : "");
        } else if (event instanceof SimEvent.DelayedCallScheduled) {
            SimEvent.DelayedCallScheduled e = (SimEvent.DelayedCallScheduled) event;
            return at + "reactor: callLater → '" + e.description() + "' at t=" + e.due();
        } else if (event instanceof SimEvent.DelayedCallRan) {
            return at + "reactor runs '" + ((SimEvent.DelayedCallRan) event).description() + "'";
        } else if (event instanceof SimEvent.DelayedCallCancelled) {
            return at + "reactor: '" + ((SimEvent.DelayedCallCancelled) event).description() + "' cancelled";
        } else if (event instanceof SimEvent.Outcome) {
            SimEvent.Outcome e = (SimEvent.Outcome) event;
            return at + "end: " + e.deferred() + " " + e.state().word()
                    + (e.value() == null ? "" : " with " + e.value().render())
                    + (e.unhandled() ? " — Unhandled error in Deferred" : "");
        }
        return at + generic(event);
    }

    /** A word or two for timeline labels. */
    public static String shortLabel(SimEvent event) {
        if (event instanceof SimEvent.Created) {
            return "create";
        } else if (event instanceof SimEvent.Fired) {
            return ((SimEvent.Fired) event).method().word();
        } else if (event instanceof SimEvent.AlreadyCalled) {
            return "AlreadyCalled";
        } else if (event instanceof SimEvent.StageRan) {
            SimEvent.StageRan e = (SimEvent.StageRan) event;
            return (e.side().word().charAt(0) == 'c' ? "cb" : "eb") + e.stage() + " → " + e.renderOut();
        } else if (event instanceof SimEvent.Cancelled) {
            return "cancel";
        } else if (event instanceof SimEvent.Paused) {
            return "pause";
        } else if (event instanceof SimEvent.Unpaused) {
            return "unpause";
        } else if (event instanceof SimEvent.GeneratorResumed) {
            return "resume " + ((SimEvent.GeneratorResumed) event).step();
        } else if (event instanceof SimEvent.WaitingOn) {
            return "wait " + ((SimEvent.WaitingOn) event).inner();
        } else if (event instanceof SimEvent.ResultTaken) {
            return "take " + ((SimEvent.ResultTaken) event).inner();
        } else if (event instanceof SimEvent.Settled) {
            Value result = ((SimEvent.Settled) event).result();
            return result == null ? "stop" : "= " + render(result);
        } else if (event instanceof SimEvent.DelayedCallScheduled) {
            return "callLater " + ((SimEvent.DelayedCallScheduled) event).description();
        } else if (event instanceof SimEvent.DelayedCallRan) {
            return "run " + ((SimEvent.DelayedCallRan) event).description();
        } else if (event instanceof SimEvent.DelayedCallCancelled) {
            return "cancel call";
        } else if (event instanceof SimEvent.Outcome) {
            return ((SimEvent.Outcome) event).state().word();
        }
        return event.getClass().getSimpleName();
    }

    /**
     * The deferred the event is about, or null (clock events). For kinds not known here, the value
     * of a {@code deferred} record component, if there is one.
     */
    public static String deferredOf(SimEvent event) {
        if (event instanceof SimEvent.Created) {
            return ((SimEvent.Created) event).deferred();
        } else if (event instanceof SimEvent.Fired) {
            return ((SimEvent.Fired) event).deferred();
        } else if (event instanceof SimEvent.AlreadyCalled) {
            return ((SimEvent.AlreadyCalled) event).deferred();
        } else if (event instanceof SimEvent.StageRan) {
            return ((SimEvent.StageRan) event).deferred();
        } else if (event instanceof SimEvent.Cancelled) {
            return ((SimEvent.Cancelled) event).deferred();
        } else if (event instanceof SimEvent.Paused) {
            return ((SimEvent.Paused) event).deferred();
        } else if (event instanceof SimEvent.Unpaused) {
            return ((SimEvent.Unpaused) event).deferred();
        } else if (event instanceof SimEvent.GeneratorResumed) {
            return ((SimEvent.GeneratorResumed) event).deferred();
        } else if (event instanceof SimEvent.WaitingOn) {
            return ((SimEvent.WaitingOn) event).deferred();
        } else if (event instanceof SimEvent.ResultTaken) {
            return ((SimEvent.ResultTaken) event).deferred();
        } else if (event instanceof SimEvent.Settled) {
            return ((SimEvent.Settled) event).deferred();
        } else if (event instanceof SimEvent.Outcome) {
            return ((SimEvent.Outcome) event).deferred();
        } else if (EventKind.of(event) == EventKind.CLOCK) {
            return null;
        }
        Object value = component(event, "deferred");
        return value instanceof String ? (String) value : null;
    }

    /** {@code callback(v)} or {@code errback(Exception(v))}. */
    public static String fireCall(FireMethod method, String value) {
        return method == FireMethod.CALLBACK ? "callback(" + value + ")" : "errback(Exception(" + value + "))";
    }

    private static String render(Value value) {
        return value.render();
    }

    /** {@code Name(a=1, b=x)} from a record's components, leaving out the time. */
    static String generic(SimEvent event) {
        Class<?> type = event.getClass();
        if (!type.isRecord()) {
            return type.getSimpleName();
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!c.getName().equals("time")) {
                Object v = read(c, event);
                parts.add(c.getName() + "=" + (v instanceof Value ? ((Value) v).render() : String.valueOf(v)));
            }
        }
        return type.getSimpleName() + "(" + String.join(", ", parts) + ")";
    }

    private static Object component(SimEvent event, String name) {
        if (!event.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return read(c, event);
            }
        }
        return null;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?";
        }
    }
}
