package deferredsim.core.value;

import java.util.Objects;

/** A fireOnOneCallback DeferredList's result: {@code (value, index)} of the first success. */
public record FiredFirst(Value result, int index) implements Value {
    public FiredFirst {
        Objects.requireNonNull(result, "result");
    }

    @Override
    public String render() {
        return Rendering.of(this);
    }
}
