package deferredsim.core.reactor;

import deferredsim.core.engine.AlreadyCalledError;
import deferredsim.core.engine.Callback;
import deferredsim.core.engine.Deferred;
import deferredsim.core.engine.DeferredList;
import deferredsim.core.engine.DeferredListener;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.reactor.world.World;
import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Deferreds a simulated program makes, on the Deferred engine, with everything they do recorded
 * in the world's recording as the engine's own {@link SimEvent}s: {@code Created}, {@code Fired},
 * {@code AlreadyCalled}, {@code StageRan} for every stage that runs, {@code WaitingOn}, {@code
 * ResultTaken}, {@code Settled}, and an {@code Outcome} per deferred at the end ({@link
 * #recordOutcomes()}). Names are unique: a second deferred wanting the name {@code d} is {@code d.2}.
 *
 * <p>One per world; create it with {@link #of(World)}.
 */
public final class RecordedDeferreds implements DeferredListener {
    private final World world;
    private final Map<String, Deferred> deferreds = new LinkedHashMap<>();
    private final Map<String, Integer> stages = new HashMap<>();

    private RecordedDeferreds(World world) {
        this.world = world;
    }

    /** The recorded deferreds of {@code world}. */
    public static RecordedDeferreds of(World world) {
        return new RecordedDeferreds(world);
    }

    /** A stage function: takes the current result (and nothing else) and returns the next one. */
    @FunctionalInterface
    public interface Stage {
        /** Twisted's {@code passthru}. */
        Stage PASSTHRU = in -> in;

        /**
         * Returns the next result.
         *
         * @throws SimulatedException when the stage raises: the deferred goes on with its failure
         */
        Value call(Value in);
    }

    /**
     * A new unfired deferred called {@code name} (or {@code name.2}, … when taken), recorded as
     * created by {@code createdBy} (null for the program's top level).
     */
    public Deferred create(String name, String createdBy) {
        String unique = name;
        for (int n = 2; deferreds.containsKey(unique); n++) {
            unique = name + "." + n;
        }
        Deferred deferred = Deferred.create(unique, null, this);
        deferreds.put(unique, deferred);
        world.record(new SimEvent.Created(world.now(), unique, DeferredKind.PLAIN, createdBy));
        return deferred;
    }

    /**
     * {@code DeferredList(members)} (no flags) called {@code name} (made unique as {@link #create}
     * does), recorded as created by {@code createdBy}: it fires with {@code [(success, result), …]}
     * once every member has fired, passing each member's result on.
     */
    public Deferred createList(String name, List<Deferred> members, String createdBy) {
        String unique = name;
        for (int n = 2; deferreds.containsKey(unique); n++) {
            unique = name + "." + n;
        }
        world.record(new SimEvent.Created(world.now(), unique, DeferredKind.LIST, createdBy));
        Deferred list = DeferredList.of(unique, members, false, false, false, this);
        deferreds.put(unique, list);
        return list;
    }

    /**
     * {@code addCallbacks(callback, errback)}: adds a pair whose runs are recorded as {@code StageRan}
     * (the stage number counts pairs from 0). A stage that raises becomes a failure.
     */
    public void addCallbacks(Deferred deferred, Stage callback, Stage errback) {
        int stage = stages.merge(deferred.name(), 1, Integer::sum) - 1;
        inFrame(
                deferred.name() + ".addCallbacks",
                () -> deferred.addCallbacks(
                        recorded(deferred.name(), stage, Side.CALLBACK, callback),
                        recorded(deferred.name(), stage, Side.ERRBACK, errback)));
    }

    /**
     * Fires {@code deferred} with {@code result}: {@code callback(result)}, or {@code errback} for a
     * {@link Failure}. The fire is recorded first.
     *
     * @throws SimulatedException {@code AlreadyCalledError} when it was fired before (recorded too)
     */
    public void fire(Deferred deferred, Value result) {
        boolean failure = result.isFailure();
        String value = failure ? ((Failure) result).error().render() : result.render();
        world.record(new SimEvent.Fired(
                world.now(), deferred.name(), failure ? FireMethod.ERRBACK : FireMethod.CALLBACK, value));
        try {
            inFrame(deferred.name() + (failure ? ".errback" : ".callback"), () -> {
                if (failure) {
                    deferred.errback((Failure) result);
                } else {
                    deferred.callback(result);
                }
            });
        } catch (AlreadyCalledError twice) {
            world.record(new SimEvent.AlreadyCalled(world.now(), deferred.name()));
            throw SimulatedException.of("AlreadyCalledError", "");
        }
    }

    /** The deferreds made so far, in creation order. */
    public List<Deferred> all() {
        return new ArrayList<>(deferreds.values());
    }

    /** Records the final {@code Outcome} of every deferred, in creation order, at the current time. */
    public void recordOutcomes() {
        Time now = world.now();
        for (Deferred d : deferreds.values()) {
            DeferredState state =
                    !d.isCalled() ? DeferredState.PENDING : d.isWaiting() ? DeferredState.WAITING : DeferredState.FIRED;
            Value value = state == DeferredState.FIRED ? d.result() : null;
            world.record(new SimEvent.Outcome(now, d.name(), state, value, d.isUnhandled()));
        }
    }

    private Callback recorded(String deferred, int stage, Side side, Stage body) {
        return in -> {
            Value[] out = new Value[1];
            inFrame("_runCallbacks", () -> {
                try {
                    out[0] = body.call(in);
                } catch (SimulatedException raised) {
                    out[0] = raised.toFailure();
                }
            });
            return ran(deferred, stage, side, in, out[0]);
        };
    }

    private Value ran(String deferred, int stage, Side side, Value in, Value out) {
        world.record(new SimEvent.StageRan(world.now(), deferred, stage, side, in, out, null));
        return out;
    }

    /** Runs {@code body} in a frame of the current process's simulated stack, if a process runs. */
    private void inFrame(String frame, Runnable body) {
        Process process = world.current();
        if (process == null) {
            body.run();
        } else {
            process.inFrame(frame, body);
        }
    }

    @Override
    public void waitingOn(Deferred outer, Deferred inner) {
        world.record(new SimEvent.WaitingOn(world.now(), outer.name(), inner.name()));
    }

    @Override
    public void resultTaken(Deferred outer, Deferred inner, Value value, boolean immediately) {
        world.record(new SimEvent.ResultTaken(world.now(), outer.name(), inner.name(), value, immediately));
    }

    @Override
    public void settled(Deferred deferred) {
        world.record(new SimEvent.Settled(world.now(), deferred.name(), deferred.result(), deferred.isUnhandled()));
    }
}
