package deferredsim.core.trace;

import deferredsim.core.json.Json;
import deferredsim.core.time.Time;
import java.util.List;

/**
 * Builds one trace line in the contract's style: a JSON object on one line, keys in the order
 * added, no spaces, strings quoted as {@link Json#quote(String)} quotes them, times in their
 * canonical form ({@code 0}, {@code 0.5}). Reactor events write their lines with it.
 *
 * <p>Start with {@link #of(Time, String, String)}, add fields, then call {@link #toString()}.
 */
public final class JsonLine {
    private final StringBuilder text = new StringBuilder();

    private JsonLine() {}

    /** A line that starts <code>{"t":T,"who":WHO,"event":KIND</code>. */
    public static JsonLine of(Time time, String who, String kind) {
        JsonLine line = new JsonLine();
        line.text.append("{\"t\":").append(time).append(",\"who\":").append(Json.quote(who));
        return line.add("event", kind);
    }

    /** Adds a string field; null is written as {@code null}. */
    public JsonLine add(String key, String value) {
        key(key).append(value == null ? "null" : Json.quote(value));
        return this;
    }

    /** Adds a number field. */
    public JsonLine add(String key, long value) {
        key(key).append(value);
        return this;
    }

    /** Adds a boolean field. */
    public JsonLine add(String key, boolean value) {
        key(key).append(value);
        return this;
    }

    /** Adds a time as a JSON number; null is written as {@code null}. */
    public JsonLine add(String key, Time value) {
        key(key).append(value == null ? "null" : value.toString());
        return this;
    }

    /** Adds an array of strings. */
    public JsonLine add(String key, List<String> values) {
        StringBuilder out = key(key).append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(Json.quote(values.get(i)));
        }
        out.append(']');
        return this;
    }

    private StringBuilder key(String key) {
        return text.append(',').append(Json.quote(key)).append(':');
    }

    /** The finished line, without a line end. */
    @Override
    public String toString() {
        return text + "}";
    }
}
