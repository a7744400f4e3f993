package deferredsim.core.testing;

import deferredsim.core.engine.Callback;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.List;

/** Small callbacks for engine tests: return a value, raise, record what they saw. */
public final class Stages {
    private Stages() {}

    /** A callback that returns the string {@code v}. */
    public static Callback returning(String v) {
        Value out = Value.text(v);
        return in -> out;
    }

    /** A callback that raises {@code Exception(v)}. */
    public static Callback raising(String v) {
        Failure out = Failure.raised(v);
        return in -> out;
    }

    /** A pass-through callback that appends {@code label:input} to {@code log}. */
    public static Callback logging(String label, List<String> log) {
        return in -> {
            log.add(label + ":" + in.render());
            return in;
        };
    }
}
