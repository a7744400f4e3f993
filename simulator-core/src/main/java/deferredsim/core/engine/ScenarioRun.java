package deferredsim.core.engine;

import deferredsim.core.clock.ClockListener;
import deferredsim.core.clock.ScheduledCall;
import deferredsim.core.clock.VirtualClock;
import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.FireCause;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.CancellerSpec;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One run of a scenario: its clock, its deferreds by name, and the events recorded so far. */
final class ScenarioRun implements DeferredListener, ClockListener {
    private final Scenario scenario;
    private final VirtualClock clock;
    private final List<SimEvent> events = new ArrayList<>();
    private final Map<String, Deferred> created = new HashMap<>();

    ScenarioRun(Scenario scenario) {
        this.scenario = scenario;
        this.clock = VirtualClock.floatTime(this);
    }

    Recording run() {
        for (DeferredSpec spec : scenario.deferreds()) {
            if (scenario.isTopLevel(spec.name()) && spec instanceof DeferredSpec.Plain) {
                ((DeferredSpec.Plain) spec).fire().ifPresent(fire -> scheduleFire(spec.name(), fire));
            }
        }
        for (Action action : scenario.actions()) {
            clock.callLater(action.at(), describe(action), () -> perform(action));
        }
        for (DeferredSpec spec : scenario.deferreds()) {
            if (scenario.isTopLevel(spec.name())) {
                Frames.run(createFrame(spec.name(), null));
            }
        }
        clock.runUntilIdle();
        for (DeferredSpec spec : scenario.deferreds()) {
            events.add(outcomeOf(spec.name()));
        }
        return Recording.of(events);
    }

    Time now() {
        return clock.now();
    }

    void record(SimEvent event) {
        events.add(event);
    }

    /**
     * A frame that creates the deferred {@code name} as its spec says and returns it: builds it (a
     * list creates its members, a generator starts), adds its chain, and fires it now (when
     * referenced and {@code after} is 0) or schedules its fire. Everything that nests (members,
     * yielded deferreds, runs of the chain) is called as a frame.
     */
    Frames.Frame createFrame(String name, String createdBy) {
        return new Create(scenario.deferred(name).orElseThrow(), createdBy);
    }

    /** {@link #createFrame}: building, then the chain's pairs, then (plain ones) the fire. */
    private final class Create extends Frames.Frame {
        private static final int BUILD = 0;
        private static final int PAIRS = 1;
        private static final int FIRE = 2;
        private static final int DONE = 3;

        private final DeferredSpec spec;
        private final String createdBy;
        private final List<Deferred> members = new ArrayList<>();
        private int at = BUILD;
        private boolean calledMember;
        private int nextPair;
        private Deferred deferred;

        Create(DeferredSpec spec, String createdBy) {
            this.spec = spec;
            this.createdBy = createdBy;
        }

        @Override
        void step(Frames frames) {
            switch (at) {
                case BUILD -> build(frames);
                case PAIRS -> {
                    frames.result();
                    if (nextPair < spec.chain().size()) {
                        addPair(deferred, spec.chain().get(nextPair++), true, frames);
                    } else {
                        at = spec instanceof DeferredSpec.Plain ? FIRE : DONE;
                    }
                }
                case FIRE -> {
                    at = DONE;
                    if (createdBy != null) {
                        ((DeferredSpec.Plain) spec).fire().ifPresent(fire -> {
                            if (fire.after().equals(Time.ZERO)) {
                                fire(deferred, fire.method(), fire.value(), frames);
                            } else {
                                scheduleFire(spec.name(), fire);
                            }
                        });
                    }
                }
                default -> {
                    frames.result();
                    frames.ret(deferred);
                }
            }
        }

        private void build(Frames frames) {
            String name = spec.name();
            switch (spec) {
                case DeferredSpec.Plain plain -> {
                    deferred = new Deferred(name, cancellerOf(plain), ScenarioRun.this);
                    created.put(name, deferred);
                    record(new SimEvent.Created(now(), name, DeferredKind.PLAIN, createdBy));
                    at = PAIRS;
                }
                case DeferredSpec.ListOf list -> {
                    if (calledMember) {
                        calledMember = false;
                        members.add((Deferred) frames.result());
                    }
                    if (members.size() < list.members().size()) {
                        calledMember = true;
                        frames.call(createFrame(list.members().get(members.size()), name));
                        return;
                    }
                    deferred = createList(list, members, createdBy);
                    at = PAIRS;
                }
                case DeferredSpec.Inline inline -> {
                    if (deferred == null && !calledMember) {
                        record(new SimEvent.Created(now(), name, DeferredKind.INLINE, createdBy));
                        calledMember = true;
                        frames.call(InlineCallbacks.startFrame(
                                name, new ScriptedGenerator(ScenarioRun.this, inline), ScenarioRun.this));
                        return;
                    }
                    deferred = (Deferred) frames.result();
                    created.put(name, deferred);
                    at = PAIRS;
                }
            }
        }
    }

    private Deferred createList(DeferredSpec.ListOf spec, List<Deferred> members, String createdBy) {
        boolean gather = spec.options().gather();
        record(new SimEvent.Created(now(), spec.name(), gather ? DeferredKind.GATHER : DeferredKind.LIST, createdBy));
        // The list is registered before its constructor runs: members already fired may fire it.
        DeferredList list = gather
                ? DeferredList.gatherResults(spec.name(), members, this)
                : DeferredList.of(
                        spec.name(),
                        members,
                        spec.options().fireOnOneCallback(),
                        spec.options().fireOnOneErrback(),
                        spec.options().consumeErrors(),
                        this);
        created.put(spec.name(), list);
        return list;
    }

    private Canceller cancellerOf(DeferredSpec.Plain spec) {
        if (spec.canceller().isEmpty()) {
            return null;
        }
        CancellerSpec canceller = spec.canceller().get();
        if (canceller instanceof CancellerSpec.Fires fires) {
            NestedCanceller firing = d -> new Frames.Frame() {
                private boolean fired;

                @Override
                void step(Frames frames) {
                    if (fired) {
                        frames.result();
                        frames.ret(null);
                        return;
                    }
                    fired = true;
                    fire(d, fires.method(), fires.value(), frames);
                }
            };
            return firing;
        }
        return d -> {};
    }

    /**
     * Adds {@code pair} to {@code deferred} as its next numbered stage, recording that it was added
     * ({@code atCreation}: as part of the deferred's own chain, not by a later {@code add}).
     */
    void addPair(Deferred deferred, PairSpec pair, boolean atCreation) {
        addPair(deferred, pair, atCreation, null);
    }

    /** {@link #addPair(Deferred, PairSpec, boolean)}; with {@code frames}, a run it starts is called as a frame. */
    private void addPair(Deferred deferred, PairSpec pair, boolean atCreation, Frames frames) {
        int stage = deferred.nextStageNumber();
        record(new SimEvent.PairAdded(
                now(),
                deferred.name(),
                stage,
                pair.callback().toString(),
                pair.errback().toString(),
                atCreation));
        if (frames == null) {
            StageCallbacks.add(this, deferred, stage, pair);
        } else {
            StageCallbacks.add(this, deferred, stage, pair, frames);
        }
    }

    private void scheduleFire(String name, FireSpec fire) {
        clock.callLater(fire.after(), "fire " + name, () -> fire(created.get(name), fire.method(), fire.value()));
    }

    /** Fires {@code deferred} as the scenario says, recording the fire and any AlreadyCalledError. */
    void fire(Deferred deferred, FireMethod method, String value) {
        record(new SimEvent.Fired(now(), deferred.name(), method, value));
        try {
            if (method == FireMethod.CALLBACK) {
                deferred.callback(Value.text(value));
            } else {
                deferred.errback(Failure.raised(value));
            }
        } catch (AlreadyCalledError e) {
            record(new SimEvent.AlreadyCalled(now(), deferred.name()));
        }
    }

    /** {@link #fire(Deferred, FireMethod, String)} inside a frame: the run is called as a frame. */
    private void fire(Deferred deferred, FireMethod method, String value, Frames frames) {
        record(new SimEvent.Fired(now(), deferred.name(), method, value));
        try {
            deferred.fire(method == FireMethod.CALLBACK ? Value.text(value) : Failure.raised(value), frames);
        } catch (AlreadyCalledError e) {
            record(new SimEvent.AlreadyCalled(now(), deferred.name()));
        }
    }

    private void perform(Action action) {
        Deferred target = created.get(action.deferred());
        if (action instanceof Action.Fire) {
            Action.Fire fire = (Action.Fire) action;
            fire(target, fire.method(), fire.value());
        } else if (action instanceof Action.Cancel) {
            record(new SimEvent.Cancelled(now(), target.name()));
            target.cancel();
        } else if (action instanceof Action.Pause) {
            record(new SimEvent.Paused(now(), target.name()));
            target.pause();
        } else if (action instanceof Action.Unpause) {
            record(new SimEvent.Unpaused(now(), target.name()));
            target.unpause();
        } else if (action instanceof Action.Add) {
            addPair(target, ((Action.Add) action).pair(), false);
        } else {
            throw new AssertionError("unknown action " + action);
        }
    }

    /** What a clock call does, as the views show it: {@code cancel d}, {@code add (passthru | return ok) to d}. */
    private static String describe(Action action) {
        if (action instanceof Action.Add add) {
            return "add (" + add.pair().callback() + " | " + add.pair().errback() + ") to " + action.deferred();
        }
        return action.verb() + " " + action.deferred();
    }

    private SimEvent.Outcome outcomeOf(String name) {
        Deferred d = created.get(name);
        if (d == null) {
            return new SimEvent.Outcome(now(), name, DeferredState.UNUSED, null, false);
        }
        if (!d.isCalled()) {
            return new SimEvent.Outcome(now(), name, DeferredState.PENDING, null, d.isUnhandled());
        }
        if (d.isWaiting()) {
            return new SimEvent.Outcome(now(), name, DeferredState.WAITING, null, d.isUnhandled());
        }
        return new SimEvent.Outcome(now(), name, DeferredState.FIRED, d.result(), d.isUnhandled());
    }

    // DeferredListener: the moments no stage reports.

    @Override
    public void waitingOn(Deferred outer, Deferred inner) {
        record(new SimEvent.WaitingOn(now(), outer.name(), inner.name()));
    }

    @Override
    public void resultTaken(Deferred outer, Deferred inner, Value value, boolean immediately) {
        record(new SimEvent.ResultTaken(now(), outer.name(), inner.name(), value, immediately));
    }

    @Override
    public void settled(Deferred deferred) {
        record(new SimEvent.Settled(now(), deferred.name(), deferred.result(), deferred.isUnhandled()));
    }

    @Override
    public void cancelArrived(Deferred deferred, CancelEffect effect, Deferred goesOnTo) {
        record(new SimEvent.CancelArrived(now(), deferred.name(), effect, goesOnTo == null ? null : goesOnTo.name()));
    }

    @Override
    public void fireSwallowed(Deferred deferred) {
        record(new SimEvent.FireSwallowed(now(), deferred.name()));
    }

    @Override
    public void internalFire(Deferred deferred, Value value, FireCause cause) {
        record(new SimEvent.InternalFire(now(), deferred.name(), value, cause));
    }

    @Override
    public void listRecorded(DeferredList list, int index, Value result, boolean consumed) {
        record(new SimEvent.ListRecorded(
                now(), list.name(), index, list.members().get(index).name(), result, consumed));
    }

    @Override
    public void internalCreated(Deferred internal, String owner) {
        record(new SimEvent.Created(now(), internal.name(), DeferredKind.INTERNAL, owner));
    }

    @Override
    public void generatorSuspended(String generatorName, int step, Deferred awaited) {
        record(new SimEvent.GeneratorSuspended(now(), generatorName, step, awaited.name()));
    }

    // ClockListener: delayed calls for the timeline.

    @Override
    public void scheduled(ScheduledCall call) {
        record(new SimEvent.DelayedCallScheduled(now(), call.id(), call.time(), call.description()));
    }

    @Override
    public void running(ScheduledCall call) {
        record(new SimEvent.DelayedCallRan(call.time(), call.id(), call.description()));
    }

    @Override
    public void cancelled(ScheduledCall call) {
        record(new SimEvent.DelayedCallCancelled(now(), call.id(), call.description()));
    }
}
