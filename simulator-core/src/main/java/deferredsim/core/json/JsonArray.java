package deferredsim.core.json;

import java.util.List;

/** A JSON array: its elements in order. */
public record JsonArray(List<JsonNode> elements, int line, int column) implements JsonNode {
    public JsonArray {
        elements = List.copyOf(elements);
    }

    /** The number of elements. */
    public int size() {
        return elements.size();
    }

    /** The element at {@code index}. */
    public JsonNode get(int index) {
        return elements.get(index);
    }

    @Override
    public String describe() {
        return "an array";
    }
}
