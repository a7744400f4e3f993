package deferredsim.core.engine;

import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.StageSpec;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;

/**
 * Turns a scenario's stage strings into callbacks that do what they say and record that they ran.
 * A {@code defer NAME} stage creates NAME as a frame, so stages nested any depth need no Java stack.
 */
final class StageCallbacks {
    private StageCallbacks() {}

    /** Adds {@code pair} to {@code deferred} as stage number {@code stage}. */
    static void add(World world, Deferred deferred, int stage, PairSpec pair) {
        deferred.addCallbacks(
                callbackFor(world, deferred.name(), stage, Side.CALLBACK, pair.callback()),
                callbackFor(world, deferred.name(), stage, Side.ERRBACK, pair.errback()));
    }

    /** As {@link #add(World, Deferred, int, PairSpec)} inside a frame: a run it starts is called as a frame. */
    static void add(World world, Deferred deferred, int stage, PairSpec pair, Frames frames) {
        deferred.addCallbacks(
                callbackFor(world, deferred.name(), stage, Side.CALLBACK, pair.callback()),
                callbackFor(world, deferred.name(), stage, Side.ERRBACK, pair.errback()),
                frames);
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
        NestedCallback defer = in -> new Frames.Frame() {
            private boolean created;

            @Override
            void step(Frames frames) {
                if (created) {
                    frames.ret(frames.result());
                    return;
                }
                world.record(new SimEvent.StageRan(world.now(), deferred, stage, side, in, null, inner));
                created = true;
                frames.call(world.createFrame(inner, deferred));
            }
        };
        return defer;
    }

    private static Value ran(World world, String deferred, int stage, Side side, Value in, Value out) {
        world.record(new SimEvent.StageRan(world.now(), deferred, stage, side, in, out, null));
        return out;
    }
}
