package deferredsim.core.scenario;

import deferredsim.core.time.Time;
import java.util.Objects;

/** A deferred's own firing: {@code method(value)} {@code after} seconds after it is created. */
public record FireSpec(FireMethod method, String value, Time after) {
    public FireSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(after, "after");
    }
}
