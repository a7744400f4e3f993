package deferredsim.core.reading;

import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a recording once, event by event, into every deferred's snapshots and beats. The events
 * say what happened; this fold only keeps track of it (which phase, which stage, which pauses), and
 * never decides what Twisted would do.
 */
final class ReadingBuilder {
    private final Recording recording;
    private final Map<String, Tracker> trackers = new LinkedHashMap<>();
    private final Map<String, List<Beat>> beats = new HashMap<>();
    private final Map<String, Map<Integer, Beat.PairAdded>> pairs = new HashMap<>();
    private final Map<String, List<String>> madeBy = new HashMap<>();
    private final Map<String, String> cancelPassedOnFrom = new HashMap<>();
    private final String[][] subjects;
    private final Map<String, DeferredKind> kinds = new HashMap<>();
    private final List<ClockCall.Builder> calls = new ArrayList<>();
    private final Map<Integer, ClockCall.Builder> callsById = new HashMap<>();
    private final List<String> touched = new ArrayList<>();

    ReadingBuilder(Recording recording) {
        this.recording = recording;
        this.subjects = new String[recording.size()][];
        for (SimEvent event : recording.events()) {
            if (event instanceof SimEvent.Created made) {
                kinds.put(made.deferred(), made.kind());
            }
        }
    }

    Reading build() {
        List<SimEvent> events = recording.events();
        for (int i = 0; i < events.size(); i++) {
            touched.clear();
            read(i, events.get(i));
            subjects[i] = touched.toArray(String[]::new);
            for (String name : touched) {
                Tracker t = trackers.get(name);
                t.history.add(i, t.snapshot());
            }
        }
        Map<String, History> histories = new LinkedHashMap<>();
        trackers.forEach((name, tracker) -> histories.put(name, tracker.history));
        List<ClockCall> clock = calls.stream().map(ClockCall.Builder::build).toList();
        return new Reading(recording, histories, beats, pairs, subjects, clock);
    }

    private void read(int i, SimEvent event) {
        Time time = event.time();
        switch (event) {
            case SimEvent.Created e -> created(i, time, e);
            case SimEvent.PairAdded e -> {
                Tracker t = touch(e.deferred());
                t.stages = Math.max(t.stages, e.stage() + 1);
                Beat.PairAdded added =
                        new Beat.PairAdded(i, time, e.stage(), e.callback(), e.errback(), e.atCreation());
                beat(e.deferred(), added);
                pairs.computeIfAbsent(e.deferred(), n -> new HashMap<>()).putIfAbsent(e.stage(), added);
            }
            case SimEvent.Fired e -> fired(i, time, e);
            case SimEvent.AlreadyCalled e -> touch(e.deferred());
            case SimEvent.FireSwallowed e -> touch(e.deferred());
            case SimEvent.InternalFire e -> internalFire(i, time, e);
            case SimEvent.StageRan e -> stageRan(i, time, e);
            case SimEvent.WaitingOn e -> {
                Tracker t = touch(e.deferred());
                t.phase = DeferredPhase.WAITING;
                t.waitingOn = e.inner();
                t.result = null;
                beat(e.deferred(), new Beat.Waits(i, time, e.inner()));
            }
            case SimEvent.ResultTaken e -> resultTaken(i, time, e);
            case SimEvent.Settled e -> settled(i, time, e);
            case SimEvent.GeneratorResumed e -> resumed(i, time, e);
            case SimEvent.GeneratorSuspended e -> {
                Tracker g = touch(e.deferred());
                g.generator = new DeferredSnapshot.GeneratorState(
                        DeferredSnapshot.GeneratorPhase.SUSPENDED, e.step(), e.awaited());
                beat(e.deferred(), new Beat.Suspended(i, time, e.step(), e.awaited()));
            }
            case SimEvent.ListRecorded e -> recorded(i, time, e);
            case SimEvent.Cancelled e -> {
                touch(e.deferred());
                beat(e.deferred(), new Beat.CancelCalled(i, time));
            }
            case SimEvent.CancelArrived e -> cancelArrived(i, time, e);
            case SimEvent.Paused e -> {
                Tracker t = touch(e.deferred());
                t.pauses++;
                if (t.phase == DeferredPhase.RUNNING || t.phase == DeferredPhase.FIRED) {
                    t.phase = DeferredPhase.PAUSED;
                }
                beat(e.deferred(), new Beat.Paused(i, time, t.pauses));
            }
            case SimEvent.Unpaused e -> {
                Tracker t = touch(e.deferred());
                t.pauses--;
                if (t.pauses == 0 && t.phase == DeferredPhase.PAUSED) {
                    t.phase = DeferredPhase.RUNNING;
                }
                beat(e.deferred(), new Beat.Unpaused(i, time, t.pauses));
            }
            case SimEvent.DelayedCallScheduled e -> {
                ClockCall.Builder call = new ClockCall.Builder(e.call(), e.description(), i, e.due());
                calls.add(call);
                callsById.put(e.call(), call);
            }
            case SimEvent.DelayedCallRan e -> {
                ClockCall.Builder call = callsById.get(e.call());
                if (call != null) {
                    call.ran = i;
                }
            }
            case SimEvent.DelayedCallCancelled e -> {
                ClockCall.Builder call = callsById.get(e.call());
                if (call != null) {
                    call.cancelled = i;
                }
            }
            case SimEvent.Outcome e -> {
                if (!trackers.containsKey(e.deferred()) && e.state() == DeferredState.UNUSED) {
                    // Never created: it gets its end beat, but no history (the run does not know it).
                    beat(e.deferred(), new Beat.Outcome(i, time, e.state(), e.value(), e.unhandled()));
                    return;
                }
                Tracker t = touch(e.deferred());
                t.unhandled = e.unhandled();
                settle(t, e);
                beat(e.deferred(), new Beat.Outcome(i, time, e.state(), e.value(), e.unhandled()));
            }
            case SimEvent.ReactorEvent e -> {}
        }
    }

    /**
     * The end of the run is the last word on where a deferred stands: a recording that never said
     * so (no pass ended, as in a recording of a real program) still ends right.
     */
    private static void settle(Tracker t, SimEvent.Outcome e) {
        switch (e.state()) {
            case FIRED -> {
                t.phase = DeferredPhase.FIRED;
                t.result = e.value();
            }
            case WAITING -> {
                if (t.phase != DeferredPhase.WAITING && t.phase != DeferredPhase.PAUSED) {
                    t.phase = t.waitingOn != null ? DeferredPhase.WAITING : DeferredPhase.PAUSED;
                }
            }
            case PENDING -> t.phase = DeferredPhase.PENDING;
            case UNUSED -> {}
        }
    }

    private void created(int i, Time time, SimEvent.Created e) {
        Tracker t = touch(e.deferred());
        t.kind = e.kind();
        t.createdBy = e.createdBy();
        t.phase = DeferredPhase.PENDING;
        String by = e.createdBy();
        Beat.Origin origin;
        int at = -1;
        Tracker parent = by == null ? null : trackers.get(by);
        if (e.kind() == DeferredKind.INTERNAL) {
            origin = Beat.Origin.INTERNAL;
        } else if (by == null || !kinds.containsKey(by)) {
            origin = Beat.Origin.TOP_LEVEL;
        } else if (parent != null
                && parent.lastRun != null
                && e.deferred().equals(parent.lastRun.returned())
                && parent.waitingOn == null) {
            origin = Beat.Origin.STAGE;
            at = parent.lastRun.stage();
        } else if (parent != null && parent.kind == DeferredKind.INLINE) {
            origin = Beat.Origin.YIELD;
            at = parent.generator == null ? -1 : parent.generator.step();
            parent.yielded = e.deferred();
        } else {
            origin = Beat.Origin.LIST_MEMBER;
            at = madeBy.getOrDefault(by, List.of()).size();
        }
        madeBy.computeIfAbsent(by == null ? "" : by, k -> new ArrayList<>()).add(e.deferred());
        if (e.kind() == DeferredKind.INLINE) {
            t.generator = new DeferredSnapshot.GeneratorState(DeferredSnapshot.GeneratorPhase.RUNNING, 0, null);
        } else if (e.kind() == DeferredKind.LIST || e.kind() == DeferredKind.GATHER) {
            t.members = e.members().isEmpty() ? List.copyOf(madeBy.getOrDefault(e.deferred(), List.of())) : e.members();
            t.recorded = new ArrayList<>();
            t.members.forEach(m -> t.recorded.add(null));
        }
        beat(e.deferred(), new Beat.Created(i, time, origin, by, at));
    }

    private void fired(int i, Time time, SimEvent.Fired e) {
        Tracker t = touch(e.deferred());
        Value value = e.firedValue();
        String call = e.result() == null
                ? Words.call(e.deferred(), e.method(), e.value())
                : Words.call(e.deferred(), e.method(), e.result());
        if (t.hasFired() || t.firing != null) {
            SimEvent next = i + 1 < recording.size() ? recording.get(i + 1) : null;
            boolean swallowed =
                    next instanceof SimEvent.FireSwallowed s && s.deferred().equals(e.deferred());
            DeferredSnapshot.LateFire late = new DeferredSnapshot.LateFire(i, time, call, swallowed);
            t.lateFires.add(late);
            beat(e.deferred(), new Beat.LateFire(i, time, late));
            return;
        }
        SimEvent previous = i > 0 ? recording.get(i - 1) : null;
        boolean byCanceller = previous instanceof SimEvent.CancelArrived c
                && c.deferred().equals(e.deferred())
                && c.effect() == CancelEffect.CANCELLER;
        enter(t, new DeferredSnapshot.Firing(i, time, byCanceller ? FiredBy.CANCELLER : FiredBy.CALL, value, call));
        beat(e.deferred(), new Beat.Fired(i, time, t.firing));
    }

    private void internalFire(int i, Time time, SimEvent.InternalFire e) {
        Tracker t = touch(e.deferred());
        FiredBy by = FiredBy.of(e.cause());
        DeferredSnapshot.Firing firing = new DeferredSnapshot.Firing(i, time, by, e.value(), null);
        if (by == FiredBy.GENERATOR_CANCELLED) {
            t.firing = firing;
            t.phase = t.runningOrPaused();
            t.result = null;
        } else {
            enter(t, firing);
        }
        if (by == FiredBy.GENERATOR_RETURNED || by == FiredBy.GENERATOR_RAISED) {
            Tracker owner = t.kind == DeferredKind.INTERNAL ? touch(t.createdBy) : t;
            if (owner.generator != null) {
                owner.generator = new DeferredSnapshot.GeneratorState(
                        DeferredSnapshot.GeneratorPhase.FINISHED, owner.generator.step(), null);
            }
        }
        beat(e.deferred(), new Beat.Fired(i, time, firing));
    }

    /** The deferred gets its first result. */
    private static void enter(Tracker t, DeferredSnapshot.Firing firing) {
        t.firing = firing;
        t.result = firing.value();
        t.phase = t.runningOrPaused();
    }

    private void stageRan(int i, Time time, SimEvent.StageRan e) {
        Tracker t = touch(e.deferred());
        DeferredSnapshot.StageRun run =
                new DeferredSnapshot.StageRun(i, e.stage(), e.side(), e.in(), e.out(), e.returnedDeferred());
        t.lastRun = run;
        t.nextStage = e.stage() + 1;
        t.stages = Math.max(t.stages, t.nextStage);
        t.result = e.out();
        t.phase = DeferredPhase.RUNNING;
        beat(e.deferred(), new Beat.StageRan(i, time, run));
    }

    private void resultTaken(int i, Time time, SimEvent.ResultTaken e) {
        Tracker outer = touch(e.deferred());
        outer.result = e.value();
        outer.waitingOn = null;
        outer.phase = outer.runningOrPaused();
        beat(e.deferred(), new Beat.Takes(i, time, e.inner(), e.value(), e.immediately()));
        Tracker inner = touch(e.inner());
        inner.result = Value.NONE;
        inner.handedTo = e.deferred();
        inner.unhandled = false;
        // Twisted counts it fired from here on, even if the outer chain stops before inner's pass ends.
        inner.phase = DeferredPhase.FIRED;
        beat(e.inner(), new Beat.HandsOn(i, time, e.deferred(), e.value()));
    }

    private void settled(int i, Time time, SimEvent.Settled e) {
        Tracker t = touch(e.deferred());
        t.unhandled = e.unhandled();
        if (e.result() == null) {
            t.phase = t.waitingOn != null ? DeferredPhase.WAITING : DeferredPhase.PAUSED;
        } else {
            t.result = e.result();
            t.phase = DeferredPhase.FIRED;
        }
        beat(e.deferred(), new Beat.PassEnded(i, time, e.result(), e.unhandled()));
    }

    private void resumed(int i, Time time, SimEvent.GeneratorResumed e) {
        Tracker g = touch(e.deferred());
        boolean goesOn = !e.in().isFailure() || e.caught();
        g.generator = new DeferredSnapshot.GeneratorState(
                DeferredSnapshot.GeneratorPhase.RUNNING, goesOn ? e.step() + 1 : e.step(), null);
        beat(e.deferred(), new Beat.Resumed(i, time, e.step(), e.in(), e.caught()));
        String awaited = e.awaited() != null ? e.awaited() : g.yielded;
        if (awaited != null && trackers.containsKey(awaited)) {
            Tracker yielded = touch(awaited);
            yielded.result = Value.NONE;
            yielded.handedTo = e.deferred();
            beat(awaited, new Beat.HandsOn(i, time, e.deferred(), e.in()));
        }
    }

    private void recorded(int i, Time time, SimEvent.ListRecorded e) {
        Tracker list = touch(e.list());
        if (list.recorded != null && e.index() < list.recorded.size()) {
            list.recorded.set(e.index(), e.result());
        }
        int remaining = list.recorded == null
                ? 0
                : (int) list.recorded.stream().filter(v -> v == null).count();
        beat(e.list(), new Beat.Recorded(i, time, e.index(), e.member(), e.result(), e.consumed(), remaining));
    }

    private void cancelArrived(int i, Time time, SimEvent.CancelArrived e) {
        Tracker t = touch(e.deferred());
        SimEvent previous = i > 0 ? recording.get(i - 1) : null;
        boolean direct =
                previous instanceof SimEvent.Cancelled c && c.deferred().equals(e.deferred());
        String from = direct ? null : cancelPassedOnFrom.remove(e.deferred());
        switch (e.effect()) {
            case FORWARDED -> cancelPassedOnFrom.put(e.goesOnTo(), e.deferred());
            case MEMBERS -> {
                if (t.members != null) {
                    t.members.forEach(m -> cancelPassedOnFrom.put(m, e.deferred()));
                }
            }
            case GENERATOR -> {
                Tracker owner = t.kind == DeferredKind.INTERNAL ? trackers.get(t.createdBy) : t;
                if (owner != null && owner.generator != null && owner.generator.awaited() != null) {
                    cancelPassedOnFrom.put(owner.generator.awaited(), e.deferred());
                }
            }
            default -> {}
        }
        t.cancellation = new DeferredSnapshot.Cancellation(i, time, e.effect(), from);
        beat(e.deferred(), new Beat.CancelArrived(i, time, t.cancellation));
    }

    private Tracker touch(String name) {
        Tracker t = trackers.computeIfAbsent(name, n -> new Tracker(n, kinds.getOrDefault(n, DeferredKind.PLAIN)));
        if (!touched.contains(name)) {
            touched.add(name);
        }
        return t;
    }

    private void beat(String name, Beat beat) {
        beats.computeIfAbsent(name, n -> new ArrayList<>()).add(beat);
    }
}
