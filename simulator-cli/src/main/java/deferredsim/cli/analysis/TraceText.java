package deferredsim.cli.analysis;

import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A recording told in sentences, one per event: {@code t=0  d fires: callback('start')}, {@code
 * t=0  d stage 0 callback: 'start' -> <x> (d now waits on x)}, {@code t=2  d takes x's result
 * 'inner' and goes on; x now holds None}, ..., ending with where each deferred stands.
 *
 * <p>It narrates every event of the canonical trace, plus the creation of each deferred and the
 * moments a deferred starts waiting on another one ({@code WaitingOn}, told with the stage that
 * returned the inner deferred) and takes its result ({@code ResultTaken}), and when the chain of a
 * list or generator deferred, which fires itself without a fire line, has run ({@code Settled}).
 * The clock's own bookkeeping ({@code DelayedCall...}) and the passes over plain chains are left
 * out: the events they lead to are told instead. Values are shown as {@link ValueText} shows
 * them; names are made {@linkplain ValueText#printable(String) printable}. Times are left-aligned
 * in a column as wide as the longest.
 */
public final class TraceText {
    private TraceText() {}

    /** The sentences for {@code recording}, in event order. */
    public static List<String> lines(Recording recording) {
        List<SimEvent> events = recording.events();
        Set<String> userDeferreds = new HashSet<>();
        Set<String> selfFiring = new HashSet<>();
        for (SimEvent event : events) {
            if (event instanceof SimEvent.Created) {
                SimEvent.Created created = (SimEvent.Created) event;
                userDeferreds.add(created.deferred());
                if (created.kind() != DeferredKind.PLAIN) {
                    selfFiring.add(created.deferred());
                }
            }
        }
        Set<Integer> told = new HashSet<>();
        List<Time> times = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (int index = 0; index < events.size(); index++) {
            if (told.contains(index)) {
                continue;
            }
            String sentence = sentence(events, index, told, userDeferreds, selfFiring);
            if (sentence != null) {
                times.add(events.get(index).time());
                sentences.add(sentence);
            }
        }
        int width = 0;
        for (Time time : times) {
            width = Math.max(width, time.toString().length());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String time = times.get(i).toString();
            lines.add("t=" + time + " ".repeat(width - time.length() + 2) + sentences.get(i));
        }
        return lines;
    }

    /** The sentence for event {@code index}, or null for an event that is not told (or was told with an earlier one). */
    private static String sentence(
            List<SimEvent> events, int index, Set<Integer> told, Set<String> userDeferreds, Set<String> selfFiring) {
        SimEvent event = events.get(index);
        if (event instanceof SimEvent.Created) {
            return created((SimEvent.Created) event);
        }
        if (event instanceof SimEvent.Fired) {
            SimEvent.Fired fired = (SimEvent.Fired) event;
            Value value =
                    fired.method() == FireMethod.CALLBACK ? Value.text(fired.value()) : Failure.raised(fired.value());
            return name(fired.deferred()) + " fires: " + fired.method().word() + "(" + ValueText.of(value) + ")";
        }
        if (event instanceof SimEvent.AlreadyCalled) {
            return name(((SimEvent.AlreadyCalled) event).deferred())
                    + " has fired already: the caller gets AlreadyCalledError";
        }
        if (event instanceof SimEvent.StageRan) {
            return stageRan(events, index, told);
        }
        if (event instanceof SimEvent.Cancelled) {
            return name(((SimEvent.Cancelled) event).deferred()) + ".cancel() is called";
        }
        if (event instanceof SimEvent.Paused) {
            return name(((SimEvent.Paused) event).deferred()) + ".pause() is called";
        }
        if (event instanceof SimEvent.Unpaused) {
            return name(((SimEvent.Unpaused) event).deferred()) + ".unpause() is called";
        }
        if (event instanceof SimEvent.GeneratorResumed) {
            SimEvent.GeneratorResumed resumed = (SimEvent.GeneratorResumed) event;
            String g = name(resumed.deferred());
            return resumed.in().isFailure()
                    ? g + ": the yield of step " + resumed.step() + " raises " + ValueText.of(resumed.in())
                    : g + " resumes: the yield of step " + resumed.step() + " returns " + ValueText.of(resumed.in());
        }
        if (event instanceof SimEvent.WaitingOn) {
            SimEvent.WaitingOn waiting = (SimEvent.WaitingOn) event;
            return name(waiting.deferred()) + " now waits on " + inner(waiting.inner(), userDeferreds);
        }
        if (event instanceof SimEvent.ResultTaken) {
            return resultTaken((SimEvent.ResultTaken) event, userDeferreds);
        }
        if (event instanceof SimEvent.Outcome) {
            return outcome((SimEvent.Outcome) event);
        }
        if (event instanceof SimEvent.Settled && selfFiring.contains(((SimEvent.Settled) event).deferred())) {
            SimEvent.Settled settled = (SimEvent.Settled) event;
            return name(settled.deferred()) + "'s chain has run; its result is now "
                    + (settled.result() == null ? "not there yet" : ValueText.of(settled.result()));
        }
        return null; // the clock's DelayedCall events, and Settled for plain deferreds (their fire says it)
    }

    /** {@code x is created for d (a plain Deferred)}; a generator's deferred says that the generator starts. */
    private static String created(SimEvent.Created created) {
        String d = name(created.deferred());
        String by = created.createdBy() == null ? "" : " for " + name(created.createdBy());
        if (created.kind() == DeferredKind.INLINE) {
            return d + " is created" + by + ": its inlineCallbacks generator starts running";
        }
        String kind = created.kind() == DeferredKind.PLAIN
                ? "a plain Deferred"
                : created.kind() == DeferredKind.LIST ? "a DeferredList" : "gatherResults";
        return d + " is created" + by + " (" + kind + ")";
    }

    /** The stage's sentence; when the deferred it returned makes the outer one wait, that is said here too. */
    private static String stageRan(List<SimEvent> events, int index, Set<Integer> told) {
        SimEvent.StageRan ran = (SimEvent.StageRan) events.get(index);
        String text = name(ran.deferred()) + " stage " + ran.stage() + " "
                + ran.side().word() + ": " + ValueText.of(ran.in()) + " -> "
                + (ran.out() != null ? ValueText.of(ran.out()) : "<" + name(ran.returnedDeferred()) + ">");
        if (ran.returnedDeferred() == null) {
            return text;
        }
        for (int later = index + 1; later < events.size(); later++) {
            SimEvent event = events.get(later);
            if (event instanceof SimEvent.WaitingOn
                    && ((SimEvent.WaitingOn) event).deferred().equals(ran.deferred())
                    && ((SimEvent.WaitingOn) event).inner().equals(ran.returnedDeferred())) {
                told.add(later);
                return text + " (" + name(ran.deferred()) + " now waits on " + name(ran.returnedDeferred()) + ")";
            }
            if (event instanceof SimEvent.ResultTaken
                    && ((SimEvent.ResultTaken) event).deferred().equals(ran.deferred())) {
                return text;
            }
        }
        return text;
    }

    /** The hand-over of an inner deferred's result: at once when it had one, else when it fires. */
    private static String resultTaken(SimEvent.ResultTaken taken, Set<String> userDeferreds) {
        String outer = name(taken.deferred());
        String inner = inner(taken.inner(), userDeferreds);
        String value = ValueText.of(taken.value());
        if (taken.immediately()) {
            return outer + " takes " + value + " from " + inner + " at once (it had its result already) and goes on; "
                    + name(taken.inner()) + " now holds None";
        }
        return name(taken.inner()) + " hands its result " + value + " to " + outer + ", which goes on; "
                + name(taken.inner()) + " now holds None";
    }

    /** An inner deferred's name; one the scenario did not make is the generator's replacement after a cancel. */
    private static String inner(String name, Set<String> userDeferreds) {
        return userDeferreds.contains(name)
                ? name(name)
                : name(name) + " (the new deferred its inlineCallbacks generator finishes through after the cancel)";
    }

    /** The end: the state, the result when fired, and the unhandled flag. */
    private static String outcome(SimEvent.Outcome outcome) {
        String d = name(outcome.deferred());
        String where;
        switch (outcome.state()) {
            case FIRED:
                where = d + " has fired; its result is " + ValueText.of(outcome.value());
                break;
            case WAITING:
                where = d + " is waiting: it has fired, but its chain is paused";
                break;
            case PENDING:
                where = d + " is pending: created, never fired";
                break;
            default:
                where = d + " was never created";
        }
        return "end: " + where
                + (outcome.unhandled() ? " (unhandled: Twisted would log \"Unhandled error in Deferred\")" : "");
    }

    private static String name(String deferred) {
        return ValueText.printable(deferred);
    }
}
