package deferredsim.core.json;

/** The JSON literal {@code null}. */
public record JsonNull(int line, int column) implements JsonNode {
    @Override
    public String describe() {
        return "null";
    }
}
