package deferredsim.core.value;

import java.util.List;
import java.util.Objects;

/** A DeferredList's result: {@code [(True, a), (False, b*)]}, one entry per member in order. */
public record ListResult(List<Entry> entries) implements Value {
    /** One member's {@code (succeeded, result)} pair. */
    public record Entry(boolean succeeded, Value result) {
        public Entry {
            Objects.requireNonNull(result, "result");
        }
    }

    public ListResult {
        entries = List.copyOf(entries);
    }

    @Override
    public String render() {
        return Rendering.of(this);
    }
}
