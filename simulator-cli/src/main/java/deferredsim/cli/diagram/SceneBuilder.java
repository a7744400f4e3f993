package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.time.Time;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a recording, event by event, into {@link Lane}s. Every fact it writes carries the index of
 * the event that made it true, so a view can show the run as of any position by hiding later facts.
 *
 * <p>Overview: each lane has a cursor, the slot where the deferred's chain currently is (a gap
 * between stages, or a generator's current yield); notes about actions go there. Values come only
 * from the recording ({@code Fired}, {@code StageRan}, {@code ResultTaken}, {@code Settled}, ...);
 * nothing here decides what Twisted would do.
 */
final class SceneBuilder {
    /** The fold's working state for one lane. */
    private static final class State {
        final Lane lane;
        Lane.Slot slot;
        Side track;
        String waitingOn;
        boolean paused;
        String handedTo;
        Value handed;
        Row lastFire;

        State(Lane lane) {
            this.lane = lane;
            this.slot =
                    lane.kind == DeferredKind.LIST || lane.kind == DeferredKind.GATHER ? lane.intro : lane.gaps.get(0);
        }

        boolean dotted() {
            return waitingOn != null || paused;
        }
    }

    private final Scenario scenario;
    private final Recording recording;
    private final Map<String, State> states = new LinkedHashMap<>();
    private final ActionCalls actionCalls;
    private final List<String> unused = new ArrayList<>();
    /** The last event at which the clock ran a call: before it, everything happened at once. */
    private int lastClockRun = -1;

    SceneBuilder(Scenario scenario, Recording recording) {
        this.scenario = scenario;
        this.recording = recording;
        this.actionCalls = new ActionCalls(scenario);
    }

    /** Folds every event and returns the scene. */
    Scene build() {
        for (int i = 0; i < recording.size(); i++) {
            fold(i, recording.get(i));
        }
        Map<String, Lane> lanes = new LinkedHashMap<>();
        states.forEach((name, state) -> lanes.put(name, state.lane));
        List<String> roots = new ArrayList<>();
        for (DeferredSpec spec : scenario.deferreds()) {
            if (scenario.isTopLevel(spec.name()) && lanes.containsKey(spec.name())) {
                roots.add(spec.name());
            }
        }
        return new Scene(scenario, recording, lanes, roots, unused, actionCalls.byCall());
    }

    /** Folds event {@code i} into the lanes. */
    private void fold(int i, SimEvent event) {
        if (event instanceof SimEvent.Created) {
            created(i, (SimEvent.Created) event);
        } else if (event instanceof SimEvent.Fired) {
            fired(i, (SimEvent.Fired) event);
        } else if (event instanceof SimEvent.AlreadyCalled) {
            alreadyCalled(i, (SimEvent.AlreadyCalled) event);
        } else if (event instanceof SimEvent.StageRan) {
            stageRan(i, (SimEvent.StageRan) event);
        } else if (event instanceof SimEvent.WaitingOn) {
            waitingOn(i, (SimEvent.WaitingOn) event);
        } else if (event instanceof SimEvent.ResultTaken) {
            resultTaken(i, (SimEvent.ResultTaken) event);
        } else if (event instanceof SimEvent.Settled) {
            settled(i, (SimEvent.Settled) event);
        } else if (event instanceof SimEvent.GeneratorResumed) {
            resumed(i, (SimEvent.GeneratorResumed) event);
        } else if (event instanceof SimEvent.Cancelled) {
            action(i, ((SimEvent.Cancelled) event).deferred(), event.time(), "cancel()", null);
        } else if (event instanceof SimEvent.Paused) {
            action(i, ((SimEvent.Paused) event).deferred(), event.time(), "pause()", Boolean.TRUE);
        } else if (event instanceof SimEvent.Unpaused) {
            action(i, ((SimEvent.Unpaused) event).deferred(), event.time(), "unpause()", Boolean.FALSE);
        } else if (event instanceof SimEvent.DelayedCallScheduled) {
            actionCalls.scheduled((SimEvent.DelayedCallScheduled) event);
        } else if (event instanceof SimEvent.DelayedCallRan) {
            lastClockRun = i;
            ran(i, (SimEvent.DelayedCallRan) event);
        } else if (event instanceof SimEvent.Outcome) {
            outcome(i, (SimEvent.Outcome) event);
        } else if (!(event instanceof SimEvent.DelayedCallCancelled)) {
            throw new AssertionError("unknown event " + event);
        }
    }

    /** A new lane, linked to the row or step of its parent that made it. */
    private void created(int i, SimEvent.Created event) {
        String name = event.deferred();
        DeferredSpec spec = scenario.deferred(name).orElseThrow();
        String by = event.createdBy();
        State parent = by == null ? null : states.get(by);
        Lane.Step step = parent == null ? null : parent.lane.stepYielding(name);
        Row link = parent == null || step != null ? null : linkTo(parent, name);
        String origin = Origins.of(scenario, name, by, link == null ? -1 : link.stage);
        Lane lane = new Lane(name, spec, event.kind(), i, event.time(), by, origin);
        State state = new State(lane);
        states.put(name, state);
        for (PairSpec pair : spec.chain()) {
            lane.addBox(new StageBox(lane.boxes.size(), pair, i, null));
        }
        lane.versions.add(new Lane.Version("pending", Style.MUTED, i, null));
        if (spec instanceof DeferredSpec.Inline) {
            List<InlineStep> steps = ((DeferredSpec.Inline) spec).steps();
            for (int s = 0; s < steps.size(); s++) {
                lane.addStep(new Lane.Step(s, steps.get(s)));
            }
            advance(state, 0, i);
        }
        if (step != null) {
            step.reached = i;
            parent.slot = step.slot;
        } else if (link != null) {
            link.linkFrom = i;
        }
    }

    /** The row of {@code parent}'s current slot that points at {@code name}, or null. */
    private static Row linkTo(State parent, String name) {
        for (Row row : parent.slot.rows) {
            if (row.kind == Row.Kind.VALUE && name.equals(row.link)) {
                return row;
            }
        }
        return null;
    }

    /** Marks the generator's steps from {@code s} reached up to its next yield (reached when its deferred is created). */
    private static void advance(State state, int s, int i) {
        List<Lane.Step> steps = state.lane.steps;
        if (s < steps.size() && steps.get(s).child == null) {
            steps.get(s).reached = i;
        }
    }

    /** The deferred's entry, or a note about a late firing (refused or ignored). */
    private void fired(int i, SimEvent.Fired event) {
        State state = states.get(event.deferred());
        String call = Phrases.fireCall(event.deferred(), event.method(), event.value());
        boolean refused = i + 1 < recording.size()
                && recording.get(i + 1) instanceof SimEvent.AlreadyCalled
                && ((SimEvent.AlreadyCalled) recording.get(i + 1)).deferred().equals(event.deferred());
        if (!refused && state.lane.entered < 0) {
            enter(state, i, event.time(), call, Phrases.fired(event.method(), event.value()));
            return;
        }
        Row row = note(state, i, Phrases.time(event.time()) + "  " + call, Style.MUTED);
        if (!refused) {
            row.suffix = "  ignored";
            row.suffixStyle = Style.MUTED;
            row.suffixFrom = i;
        }
        state.lastFire = row;
    }

    /** Marks the late firing just noted as refused. */
    private void alreadyCalled(int i, SimEvent.AlreadyCalled event) {
        Row row = states.get(event.deferred()).lastFire;
        if (row != null) {
            row.suffix = "  AlreadyCalledError";
            row.suffixStyle = Style.WARNING;
            row.suffixFrom = i;
        }
    }

    /** The deferred has its first result: its entry label and the value start down the chain. */
    private void enter(State state, int i, Time time, String label, Value value) {
        Lane lane = state.lane;
        lane.entered = i;
        state.slot = lane.gaps.get(0);
        state.track = Phrases.sideOf(value);
        state.slot.rows.add(
                new Row(Row.Kind.ENTRY, Phrases.time(time) + "  " + label, Style.HEADER, i, null, false, null));
        state.slot.rows.add(new Row(
                Row.Kind.VALUE, Phrases.value(value), Phrases.styleOf(value), i, state.track, state.paused, null));
        running(state, i);
    }

    /** The result line while the chain runs (until a pass ends with a result, a wait or a pause). */
    private static void running(State state, int i) {
        state.lane.versions.add(new Lane.Version(state.paused ? "paused" : "running", Style.MUTED, i, null, false));
    }

    /** An entry seen only through its effects: a cancellation, a list or a generator finishing. */
    private void enterFromData(State state, int i, Time time, Value value) {
        Lane lane = state.lane;
        String label;
        if (lane.kind == DeferredKind.LIST || lane.kind == DeferredKind.GATHER) {
            label = lane.name + " fires";
        } else if (lane.kind == DeferredKind.INLINE) {
            label = "the generator " + (value.isFailure() ? "raises " : "returns ") + Phrases.value(value);
        } else {
            label = lane.name + "." + (value.isFailure() ? "errback(" : "callback(") + Phrases.value(value) + ")";
        }
        enter(state, i, time, label, value);
    }

    /** The box that ran and the value it put in the gap below. */
    private void stageRan(int i, SimEvent.StageRan event) {
        State state = states.get(event.deferred());
        if (state == null) {
            return;
        }
        Lane lane = state.lane;
        if (lane.entered < 0) {
            enterFromData(state, i, event.time(), event.in());
        }
        StageBox box = lane.boxes.get(event.stage());
        box.ran = event.side();
        box.runIndex = i;
        state.slot = lane.gaps.get(event.stage() + 1);
        state.track = event.side();
        Value out = event.out();
        String text = out != null ? Phrases.value(out) : "<" + event.returnedDeferred() + ">";
        Style style = out != null ? Phrases.styleOf(out) : Style.HEADER;
        Row row = new Row(Row.Kind.VALUE, text, style, i, state.track, state.paused, event.returnedDeferred());
        row.stage = event.stage();
        state.slot.rows.add(row);
    }

    /** A dotted "waiting for" note. */
    private void waitingOn(int i, SimEvent.WaitingOn event) {
        State state = states.get(event.deferred());
        if (state == null) {
            return;
        }
        state.waitingOn = event.inner();
        note(state, i, "waiting for " + event.inner(), Style.WAITING);
    }

    /** The inner deferred hands its result on: the arrow back (or, for an internal deferred, the entry or a note). */
    private void resultTaken(int i, SimEvent.ResultTaken event) {
        State inner = states.get(event.inner());
        if (inner != null) {
            inner.handedTo = event.deferred();
            inner.lane.handedTo = event.deferred();
            inner.handed = event.value();
            if (inner.lane.entered < 0) {
                enterFromData(inner, i, event.time(), event.value());
            }
            complete(inner, i);
            inner.lane.versions.add(version(inner, Value.NONE, i, false));
        }
        State outer = states.get(event.deferred());
        if (outer == null) {
            return;
        }
        outer.waitingOn = null;
        if (outer.lane.entered >= 0) {
            running(outer, i);
        }
        boolean linked = outer.slot.rows.stream()
                .anyMatch(row -> row.kind == Row.Kind.VALUE && event.inner().equals(row.link) && row.linkFrom >= 0);
        if (linked) {
            if (event.immediately()) {
                note(outer, i, event.inner() + " has its result already", Style.MUTED);
            }
            outer.slot.rows.add(new Row(
                    Row.Kind.RESUME,
                    Phrases.value(event.value()),
                    Phrases.styleOf(event.value()),
                    i,
                    outer.track,
                    false,
                    event.inner()));
        } else if (outer.lane.entered < 0) {
            enterFromData(outer, i, event.time(), event.value());
        } else {
            note(outer, i, "takes " + Phrases.value(event.value()) + " from " + event.inner(), null);
        }
    }

    /** A pass over the chain ended: a new result line, and the last arrow once the chain reached its end. */
    private void settled(int i, SimEvent.Settled event) {
        State state = states.get(event.deferred());
        if (state == null) {
            return;
        }
        Value result = event.result();
        if (result != null && state.lane.entered < 0) {
            enterFromData(state, i, event.time(), result);
        }
        if (result != null) {
            complete(state, i);
        }
        state.lane.versions.add(version(state, result, i, event.unhandled()));
    }

    /** The chain has run to its end for now: the arrow into the result line appears. */
    private static void complete(State state, int i) {
        if (state.slot == last(state.lane.gaps) && state.slot.closedAt < 0) {
            state.slot.closedAt = i;
        }
    }

    private Lane.Version version(State state, Value result, int i, boolean unhandled) {
        String warning = unhandled ? "[unhandled error]" : null;
        if (result == null) {
            String text = state.waitingOn != null ? "waiting for " + state.waitingOn : "waiting: paused";
            return new Lane.Version(text, Style.WAITING, i, warning);
        }
        String text = "fired: " + Phrases.value(result);
        if (state.handedTo != null && result == Value.NONE) {
            text += " (handed to " + state.handedTo + ")";
        }
        return new Lane.Version(text, Phrases.styleOf(result), i, warning);
    }

    /** A generator resumed at a yield: the arrow back with what it got, and the steps it then reached. */
    private void resumed(int i, SimEvent.GeneratorResumed event) {
        State state = states.get(event.deferred());
        Lane.Step step = state.lane.steps.get(event.step());
        Value in = event.in();
        boolean catching = ((InlineStep.Yield) step.step).catching();
        String verb = !in.isFailure() ? "got " : catching ? "caught " : "raised ";
        State child = states.get(step.child);
        if (child != null) {
            child.handedTo = state.lane.name;
            child.lane.handedTo = state.lane.name;
            child.handed = in;
            if (child.lane.entered < 0) {
                enterFromData(child, i, event.time(), in);
            }
            complete(child, i);
        }
        if (lastClockRun < step.reached) {
            step.waited = false;
            step.slot.rows.add(
                    new Row(Row.Kind.NOTE, step.child + " has its result already", Style.MUTED, i, null, false, null));
        }
        step.slot.rows.add(
                new Row(Row.Kind.RESUME, verb + Phrases.value(in), Phrases.styleOf(in), i, null, false, step.child));
        if (!in.isFailure() || catching) {
            advance(state, event.step() + 1, i);
        }
        if (child != null) {
            child.lane.versions.add(version(child, Value.NONE, i, false));
        }
    }

    /** Adds a note at the lane's cursor, with the bar the chain has there. */
    private Row note(State state, int i, String text, Style style) {
        Row row = new Row(Row.Kind.NOTE, text, style, i, state.track, state.dotted(), null);
        state.slot.rows.add(row);
        return row;
    }

    /** A cancel, pause or unpause, noted where the chain is. */
    private void action(int i, String name, Time time, String call, Boolean pause) {
        State state = states.get(name);
        if (pause != null) {
            state.paused = pause;
            if (state.lane.entered >= 0) {
                running(state, i);
            }
        }
        note(state, i, Phrases.time(time) + "  " + name + "." + call, Style.HEADER);
    }

    /** An {@code add} action's pair becomes the deferred's next stage when its call runs. */
    private void ran(int i, SimEvent.DelayedCallRan event) {
        Action action = actionCalls.byCall().get(event.call());
        if (action instanceof Action.Add) {
            Lane lane = states.get(action.deferred()).lane;
            lane.addBox(new StageBox(lane.boxes.size(), ((Action.Add) action).pair(), i, event.time()));
        }
    }

    /** The final result line, or the deferred's name among the unused ones. */
    private void outcome(int i, SimEvent.Outcome event) {
        State state = states.get(event.deferred());
        if (event.state() == DeferredState.UNUSED || state == null) {
            unused.add(event.deferred());
            return;
        }
        if (event.state() == DeferredState.PENDING) {
            String warning = event.unhandled() ? "[unhandled error]" : null;
            state.lane.versions.add(new Lane.Version("pending: never fired", Style.MUTED, i, warning));
            return;
        }
        state.lane.versions.add(version(state, event.value(), i, event.unhandled()));
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
