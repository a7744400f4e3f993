package deferredsim.core.value;

import java.util.List;

/** A gatherResults result: the members' values in order, {@code [a, b]}. */
public record Gathered(List<Value> results) implements Value {
    public Gathered {
        results = List.copyOf(results);
    }

    @Override
    public String render() {
        return Rendering.of(this);
    }
}
