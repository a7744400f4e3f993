package deferredsim.core.engine;

import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.StageSpec;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;

/** Turns a scenario's stage strings into callbacks that do what they say and record that they ran. */
final class StageCallbacks {
    private StageCallbacks() {}

    /** Adds {@code pair} to {@code deferred} as stage number {@code stage}. */
    static void add(World world, Deferred deferred, int stage, PairSpec pair) {
        deferred.addCallbacks(
                callbackFor(world, deferred.name(), stage, Side.CALLBACK, pair.callback()),
                callbackFor(world, deferred.name(), stage, Side.ERRBACK, pair.errback()));
    }

    private static Callback callbackFor(World world, String deferred, int stage, Side side, StageSpec spec) {
        if (spec instanceof StageSpec.Return) {
            Value out = Value.text(((StageSpec.Return) spec).value());
            return in -> ran(world, deferred, stage, side, in, out);
        }
        if (spec instanceof StageSpec.Fail) {
            Value out = Failure.raised(((StageSpec.Fail) spec).value());
            return in -> ran(world, deferred, stage, side, in, out);
        }
        if (spec instanceof StageSpec.Passthru) {
            return in -> ran(world, deferred, stage, side, in, in);
        }
        String inner = ((StageSpec.Defer) spec).name();
        return in -> {
            world.record(new SimEvent.StageRan(world.now(), deferred, stage, side, in, null, inner));
            return world.create(inner, deferred);
        };
    }

    private static Value ran(World world, String deferred, int stage, Side side, Value in, Value out) {
        world.record(new SimEvent.StageRan(world.now(), deferred, stage, side, in, out, null));
        return out;
    }
}
