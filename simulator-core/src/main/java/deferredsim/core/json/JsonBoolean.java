package deferredsim.core.json;

/** The JSON literal {@code true} or {@code false}. */
public record JsonBoolean(boolean value, int line, int column) implements JsonNode {
    @Override
    public String describe() {
        return Boolean.toString(value);
    }
}
