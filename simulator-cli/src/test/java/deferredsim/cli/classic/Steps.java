package deferredsim.cli.classic;

import deferredsim.core.reading.DeferredSnapshot.StageRun;
import deferredsim.core.recording.Side;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;

/** Short ways to write hand-built recording steps and values in tests. */
final class Steps {
    private Steps() {}

    /** The string value {@code s}. */
    static Value ok(String s) {
        return Value.text(s);
    }

    /** {@code Failure(Exception(s))}, rendered {@code s*}. */
    static Value bad(String s) {
        return Failure.raised(s);
    }

    /** Deferred {@code d}'s callback of pair {@code stage} took {@code in} and returned {@code out}. */
    static StageRun callback(int stage, Value in, Value out) {
        return new StageRun(stage, stage, Side.CALLBACK, in, out, null);
    }

    /** Deferred {@code d}'s errback of pair {@code stage} took {@code in} and returned {@code out}. */
    static StageRun errback(int stage, Value in, Value out) {
        return new StageRun(stage, stage, Side.ERRBACK, in, out, null);
    }
}
