package deferredsim.core.value;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Python list or tuple in a recorded program, rendered in Python's notation with each item
 * rendered canonically: {@code [a, b]}, {@code (True, ok)}, {@code (x,)}. A DeferredList's
 * result is such a list of tuples, so it reads {@code [(True, a), (False, b*)]} exactly as the
 * simulator's own {@link ListResult} does.
 *
 * @param tuple true for a tuple, false for a list
 */
public record PySequence(List<Value> items, boolean tuple) implements Value {
    public PySequence {
        items = List.copyOf(items);
    }

    @Override
    public String render() {
        String inside = items.stream().map(Value::render).collect(Collectors.joining(", "));
        if (!tuple) {
            return "[" + inside + "]";
        }
        return "(" + inside + (items.size() == 1 ? ",)" : ")");
    }
}
