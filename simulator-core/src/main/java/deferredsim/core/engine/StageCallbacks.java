package deferredsim.core.engine;

import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;

/**
 * Turns a scenario's stage strings into callbacks that do what they say and record that they ran.
 * A {@code defer NAME} stage creates NAME as a frame, so stages nested any depth need no Java stack.
 */
final class StageCallbacks {
    private StageCallbacks() {}

    /** Adds {@code pair} to {@code deferred} as stage number {@code stage}. */
    static void add(ScenarioRun run, Deferred deferred, int stage, PairSpec pair) {
        deferred.addCallbacks(
                callbackFor(run, deferred.name(), stage, Side.CALLBACK, pair.callback()),
                callbackFor(run, deferred.name(), stage, Side.ERRBACK, pair.errback()));
    }

    /** As {@link #add(ScenarioRun, Deferred, int, PairSpec)} inside a frame: a run it starts is called as a frame. */
    static void add(ScenarioRun run, Deferred deferred, int stage, PairSpec pair, Frames frames) {
        deferred.addCallbacks(
                callbackFor(run, deferred.name(), stage, Side.CALLBACK, pair.callback()),
                callbackFor(run, deferred.name(), stage, Side.ERRBACK, pair.errback()),
                frames);
    }

    private static Callback callbackFor(ScenarioRun run, String deferred, int stage, Side side, MemberSpec spec) {
        if (spec instanceof MemberSpec.Return) {
            Value out = Value.text(((MemberSpec.Return) spec).value());
            return in -> ran(run, deferred, stage, side, in, out);
        }
        if (spec instanceof MemberSpec.Fail) {
            Value out = Failure.raised(((MemberSpec.Fail) spec).value());
            return in -> ran(run, deferred, stage, side, in, out);
        }
        if (spec instanceof MemberSpec.Passthru) {
            return in -> ran(run, deferred, stage, side, in, in);
        }
        String inner = ((MemberSpec.Defer) spec).name();
        NestedCallback defer = in -> new Frames.Frame() {
            private boolean created;

            @Override
            void step(Frames frames) {
                if (created) {
                    frames.ret(frames.result());
                    return;
                }
                run.record(new SimEvent.StageRan(run.now(), deferred, stage, side, in, null, inner));
                created = true;
                frames.call(run.createFrame(inner, deferred));
            }
        };
        return defer;
    }

    private static Value ran(ScenarioRun run, String deferred, int stage, Side side, Value in, Value out) {
        run.record(new SimEvent.StageRan(run.now(), deferred, stage, side, in, out, null));
        return out;
    }
}
