package deferredsim.cli.diagram;

import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.StageSpec;
import deferredsim.core.value.Value;

/**
 * Each event of a recording told in one plain-English sentence for the stepper: what happened, at
 * what time, and, where the next events show it, what it led to ("x fires with
 * callback('inner'); d was waiting on x and resumes at stage 1 with 'inner'"). Every fact comes
 * from the recording and the scenario; nothing here predicts what Twisted does.
 */
final class Narrator {
    private final Scene scene;

    Narrator(Scene scene) {
        this.scene = scene;
    }

    /** The sentence for position {@code index}; {@code -1} is the start, before any event. */
    String sentence(int index) {
        if (index < 0) {
            return "Before anything happens: the clock is at t=0 and no deferred exists yet.";
        }
        SimEvent event = scene.recording.get(index);
        String at = event instanceof SimEvent.Outcome
                ? "End (" + Phrases.time(event.time()) + "): "
                : Phrases.time(event.time()) + ": ";
        return at + body(index, event);
    }

    /** The sentence without its time. */
    private String body(int i, SimEvent event) {
        if (event instanceof SimEvent.Created) {
            return Stories.created(scene, (SimEvent.Created) event);
        }
        if (event instanceof SimEvent.Fired) {
            return fired(i, (SimEvent.Fired) event);
        }
        if (event instanceof SimEvent.AlreadyCalled) {
            return ((SimEvent.AlreadyCalled) event).deferred()
                    + " had already fired, so this firing raises AlreadyCalledError.";
        }
        if (event instanceof SimEvent.StageRan) {
            return stageRan((SimEvent.StageRan) event);
        }
        if (event instanceof SimEvent.WaitingOn) {
            SimEvent.WaitingOn waiting = (SimEvent.WaitingOn) event;
            if (scene.lane(waiting.inner()) == null) {
                return waiting.deferred() + "'s chain waits for " + waiting.inner()
                        + ", the deferred Twisted uses to finish an inlineCallbacks generator after cancel().";
            }
            return waiting.inner() + " has no result yet, so " + waiting.deferred() + "'s chain stops and waits for "
                    + waiting.inner() + ".";
        }
        if (event instanceof SimEvent.ResultTaken) {
            return resultTaken(i, (SimEvent.ResultTaken) event);
        }
        if (event instanceof SimEvent.GeneratorResumed) {
            return Stories.resumed(scene, (SimEvent.GeneratorResumed) event);
        }
        if (event instanceof SimEvent.Settled) {
            return Stories.settled(scene, i, (SimEvent.Settled) event);
        }
        if (event instanceof SimEvent.Cancelled) {
            return cancelled(i, ((SimEvent.Cancelled) event).deferred());
        }
        if (event instanceof SimEvent.Paused) {
            String d = ((SimEvent.Paused) event).deferred();
            return d + ".pause() is called: " + d + "'s chain will not run until unpause().";
        }
        if (event instanceof SimEvent.Unpaused) {
            return unpaused(i, ((SimEvent.Unpaused) event).deferred());
        }
        if (event instanceof SimEvent.DelayedCallScheduled) {
            SimEvent.DelayedCallScheduled call = (SimEvent.DelayedCallScheduled) event;
            return "the clock schedules \"" + Calls.describe(scene, call.call(), call.description()) + "\" for "
                    + Phrases.time(call.due()) + ".";
        }
        if (event instanceof SimEvent.DelayedCallRan) {
            return delayedCallRan(i, (SimEvent.DelayedCallRan) event);
        }
        if (event instanceof SimEvent.DelayedCallCancelled) {
            SimEvent.DelayedCallCancelled call = (SimEvent.DelayedCallCancelled) event;
            return "the clock's call \"" + Calls.describe(scene, call.call(), call.description()) + "\" is cancelled.";
        }
        return outcome(scene.lane(((SimEvent.Outcome) event).deferred()), (SimEvent.Outcome) event);
    }

    /** A firing, and what the next event shows it led to. */
    private String fired(int i, SimEvent.Fired fired) {
        String d = fired.deferred();
        String head = d + " fires with " + fired.method().word() + "("
                + Phrases.prose(Phrases.fired(fired.method(), fired.value())) + ")";
        int nextIndex = next(i);
        SimEvent next = nextIndex < 0 ? null : scene.recording.get(nextIndex);
        Lane lane = scene.lane(d);
        if (next instanceof SimEvent.AlreadyCalled) {
            return head + ", but it has fired already.";
        }
        if (lane != null && lane.entered >= 0 && lane.entered < i) {
            return head + ", but it already has a result, so nothing happens.";
        }
        if (next instanceof SimEvent.StageRan
                && ((SimEvent.StageRan) next).deferred().equals(d)) {
            return head + "; its chain starts at stage " + ((SimEvent.StageRan) next).stage() + ".";
        }
        if (next instanceof SimEvent.ResultTaken
                && ((SimEvent.ResultTaken) next).inner().equals(d)) {
            SimEvent.ResultTaken taken = (SimEvent.ResultTaken) next;
            return head + "; " + taken.deferred() + " was waiting on " + d + " and " + resumesAt(nextIndex, taken)
                    + " with " + Phrases.prose(taken.value()) + ".";
        }
        if (next instanceof SimEvent.GeneratorResumed) {
            SimEvent.GeneratorResumed resumed = (SimEvent.GeneratorResumed) next;
            return head + "; " + resumed.deferred() + "'s generator was waiting for it at step " + resumed.step()
                    + " and resumes " + Stories.received(scene, resumed) + ".";
        }
        String list = listFiring(lane, nextIndex);
        if (next instanceof SimEvent.Settled
                && ((SimEvent.Settled) next).deferred().equals(d)) {
            return head + "; it has no callbacks to run.";
        }
        if (list != null) {
            return head + list;
        }
        if (lane != null
                && lane.boxes.stream().anyMatch(box -> box.ran == null)
                && !(next instanceof SimEvent.StageRan)) {
            return head + "; its chain is paused, so nothing runs yet.";
        }
        return head + ".";
    }

    /** {@code ; L, the list a belongs to, fires with ...} when the next event is that list's first result. */
    private String listFiring(Lane member, int nextIndex) {
        Lane list = member == null || member.parent == null ? null : scene.lane(member.parent);
        if (list == null || !list.members().contains(member.name) || list.entered != nextIndex) {
            return null;
        }
        SimEvent next = scene.recording.get(nextIndex);
        Value value = next instanceof SimEvent.Settled
                ? ((SimEvent.Settled) next).result()
                : next instanceof SimEvent.StageRan
                        ? ((SimEvent.StageRan) next).in()
                        : next instanceof SimEvent.ResultTaken
                                ? ((SimEvent.ResultTaken) next).value()
                                : next instanceof SimEvent.GeneratorResumed
                                        ? ((SimEvent.GeneratorResumed) next).in()
                                        : null;
        return value == null
                ? null
                : "; " + list.name + ", the list " + member.name + " belongs to, fires with " + Phrases.prose(value)
                        + ".";
    }

    /** A stage: its member, what it got, what it returned or raised, and a change of side. */
    private String stageRan(SimEvent.StageRan ran) {
        Lane lane = scene.lane(ran.deferred());
        StageBox box = lane == null || ran.stage() >= lane.boxes.size() ? null : lane.boxes.get(ran.stage());
        StageSpec code = box == null ? null : ran.side() == Side.CALLBACK ? box.pair.callback() : box.pair.errback();
        String who = ran.deferred() + "'s stage " + ran.stage() + " "
                + ran.side().word() + (code == null ? "" : " (" + code + ")");
        String did;
        if (ran.returnedDeferred() != null) {
            did = "returns the deferred " + ran.returnedDeferred();
        } else if (code instanceof StageSpec.Passthru) {
            did = "passes it through";
        } else {
            did = (ran.out().isFailure() ? "raises " : "returns ") + Phrases.prose(ran.out());
        }
        String sentence = who + " gets " + Phrases.prose(ran.in()) + " and " + did;
        if (ran.out() != null && Phrases.sideOf(ran.out()) != ran.side()) {
            sentence += "; from here it travels down the "
                    + Phrases.sideOf(ran.out()).word() + " side";
        }
        return sentence + ".";
    }

    /** An outer deferred taking its inner one's result, at once or after waiting. */
    private String resultTaken(int i, SimEvent.ResultTaken taken) {
        String d = taken.deferred();
        String x = taken.inner();
        String value = Phrases.prose(taken.value());
        if (scene.lane(x) == null) {
            return d + " takes " + value + " from " + x
                    + ", the deferred Twisted uses to finish an inlineCallbacks generator after cancel().";
        }
        if (taken.immediately()) {
            return x + " already has its result " + value + ", so " + d + " takes it at once and " + resumesAt(i, taken)
                    + "; " + x + " is left holding None.";
        }
        return d + " was waiting on " + x + "; it takes " + x + "'s result " + value + " and " + resumesAt(i, taken)
                + "; " + x + " is left holding None.";
    }

    /** {@code resumes at stage 2}, or {@code has no more stages to run}. */
    private String resumesAt(int i, SimEvent.ResultTaken taken) {
        Lane lane = scene.lane(taken.deferred());
        if (lane == null) {
            return "goes on";
        }
        for (int gap = 1; gap < lane.gaps.size(); gap++) {
            for (Row row : lane.gaps.get(gap).rows) {
                if (row.kind == Row.Kind.RESUME && row.from == i) {
                    return gap < lane.boxes.size() ? "resumes at stage " + gap : "has no more stages to run";
                }
            }
        }
        return "goes on";
    }

    /** A cancel: before a result, while waiting (and whether it reaches the inner deferred), or after. */
    private String cancelled(int i, String d) {
        Lane lane = scene.lane(d);
        SimEvent next = nextEvent(i);
        String head = d + ".cancel() is called";
        if (lane == null || lane.entered < 0 || lane.entered > i) {
            if (next instanceof SimEvent.Fired
                    && ((SimEvent.Fired) next).deferred().equals(d)) {
                return head + " before " + d + " has a result; its canceller fires it.";
            }
            return head + " before " + d + " has a result.";
        }
        String waiting = waitingFor(i, d);
        if (waiting != null) {
            boolean reaches = next != null && waiting.equals(deferredOf(next));
            return head + " while " + d + " is waiting for " + waiting
                    + (reaches ? "; the cancellation goes on to " + waiting : "") + ".";
        }
        return head + " after " + d + " has fired.";
    }

    /** The deferred {@code d} is waiting for just before event {@code i}, or null. */
    private String waitingFor(int i, String d) {
        for (int j = i - 1; j >= 0; j--) {
            SimEvent event = scene.recording.get(j);
            if (event instanceof SimEvent.WaitingOn
                    && ((SimEvent.WaitingOn) event).deferred().equals(d)) {
                return ((SimEvent.WaitingOn) event).inner();
            }
            if (event instanceof SimEvent.ResultTaken
                    && ((SimEvent.ResultTaken) event).deferred().equals(d)) {
                return null;
            }
        }
        return null;
    }

    /** The deferred an event is about, or null for the clock's events. */
    private static String deferredOf(SimEvent event) {
        if (event instanceof SimEvent.StageRan) {
            return ((SimEvent.StageRan) event).deferred();
        }
        if (event instanceof SimEvent.Settled) {
            return ((SimEvent.Settled) event).deferred();
        }
        if (event instanceof SimEvent.Fired) {
            return ((SimEvent.Fired) event).deferred();
        }
        return null;
    }

    /** An unpause, and the stage the chain goes on at when one runs next. */
    private String unpaused(int i, String d) {
        SimEvent next = nextEvent(i);
        if (next instanceof SimEvent.StageRan
                && ((SimEvent.StageRan) next).deferred().equals(d)) {
            return d + ".unpause() is called: " + d + "'s chain goes on at stage " + ((SimEvent.StageRan) next).stage()
                    + ".";
        }
        return d + ".unpause() is called.";
    }

    /** The clock running a call; for an {@code add}, the stage the pair becomes and whether it ran at once. */
    private String delayedCallRan(int i, SimEvent.DelayedCallRan call) {
        String what = Calls.describe(scene, call.call(), call.description());
        String head = "the clock reaches " + Phrases.time(call.time()) + " and runs \"" + what + "\"";
        SimEvent next = nextEvent(i);
        Action action = scene.actionsByCall.get(call.call());
        if (!(action instanceof Action.Add)) {
            return head + ".";
        }
        Lane lane = scene.lane(action.deferred());
        StageBox box = lane == null
                ? null
                : lane.boxes.stream().filter(b -> b.from == i).findFirst().orElse(null);
        String becomes = box == null ? "" : ": the pair becomes " + action.deferred() + "'s stage " + box.stage;
        if (next instanceof SimEvent.StageRan) {
            return head + becomes + ", and as " + action.deferred() + " has its result already, it runs at once.";
        }
        return head + becomes + ".";
    }

    /** Where a deferred ends: its result, still waiting, never fired, never created; and an unhandled failure. */
    private static String outcome(Lane lane, SimEvent.Outcome outcome) {
        String d = outcome.deferred();
        String unhandled = outcome.unhandled()
                ? " Its failure is unhandled: Twisted would log \"Unhandled error in Deferred\"."
                : "";
        if (outcome.state() == DeferredState.FIRED) {
            String handed = lane != null && lane.handedTo != null && outcome.value() == Value.NONE
                    ? " (it handed its result to " + lane.handedTo + ")"
                    : "";
            return d + " has fired; its result is " + Phrases.prose(outcome.value()) + handed + "." + unhandled;
        }
        if (outcome.state() == DeferredState.WAITING) {
            String state = lane == null
                    ? null
                    : lane.versions.get(lane.versions.size() - 1).text();
            return d + " fired but its chain is still " + (state == null ? "waiting" : state) + "." + unhandled;
        }
        if (outcome.state() == DeferredState.PENDING) {
            return d + " was never fired: it is still pending." + unhandled;
        }
        return d + " was never created.";
    }

    /** The index of the next event that is not the clock's bookkeeping or a creation, or -1. */
    private int next(int i) {
        for (int j = i + 1; j < scene.recording.size(); j++) {
            SimEvent event = scene.recording.get(j);
            if (!(event instanceof SimEvent.DelayedCallScheduled) && !(event instanceof SimEvent.Created)) {
                return j;
            }
        }
        return -1;
    }

    /** The event at {@link #next(int)}, or null. */
    private SimEvent nextEvent(int i) {
        int j = next(i);
        return j < 0 ? null : scene.recording.get(j);
    }
}
