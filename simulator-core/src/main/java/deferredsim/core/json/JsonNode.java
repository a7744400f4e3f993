package deferredsim.core.json;

/**
 * A parsed JSON value and where it starts in the source: the 1-based line and column of its first
 * character (the opening brace, bracket or quote, the sign or first digit, the first letter of a
 * literal). Columns count UTF-16 code units from the start of the line, as Java strings do.
 *
 * <p>Nodes are immutable. They come from {@link Json#parse(String)}; tests may also build the
 * records directly.
 */
public sealed interface JsonNode permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {
    /** The 1-based line where the value starts. */
    int line();

    /** The 1-based column where the value starts. */
    int column();

    /**
     * The value's kind for messages: {@code an object}, {@code an array}, {@code a string}, {@code
     * a number}, {@code true}, {@code false} or {@code null}.
     */
    String describe();
}
