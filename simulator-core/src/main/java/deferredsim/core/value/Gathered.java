package deferredsim.core.value;

import java.util.List;
import java.util.stream.Collectors;

/** A gatherResults result: the members' values in order, {@code [a, b]}. */
public record Gathered(List<Value> results) implements Value {
    public Gathered {
        results = List.copyOf(results);
    }

    @Override
    public String render() {
        return results.stream().map(Value::render).collect(Collectors.joining(", ", "[", "]"));
    }
}
