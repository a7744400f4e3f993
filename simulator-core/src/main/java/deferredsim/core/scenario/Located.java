package deferredsim.core.scenario;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonArray;
import deferredsim.core.json.JsonBoolean;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonNumber;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value being read as part of a scenario, with its JSON path. Every typed accessor either
 * returns what was asked for or throws a {@link ScenarioException} that names the path, the line
 * and column of the value, and what was expected there.
 *
 * <p>Public so that readers of other scenario formats in the same family ({@code
 * reactor-scenario/1}) give the same kind of messages. Start with {@code new Located(root, "$")}
 * on what {@link Json#parse(String)} returned.
 */
public final class Located {
    private final JsonNode node;
    private final String path;

    public Located(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The JSON value itself. */
    public JsonNode node() {
        return node;
    }

    /** A problem with this value as a whole. */
    public ScenarioException error(String problem) {
        return new ScenarioException(path, node.line(), node.column(), problem);
    }

    /** A problem at {@code index} of this string's text (the source column accounts for escapes). */
    public ScenarioException errorAt(int index, String problem) {
        return new ScenarioException(path, node.line(), ((JsonString) node).columnAt(index), problem);
    }

    /** This value as an object, which must be one; {@code what} names it, e.g. "a deferred". */
    public JsonObject object(String what) throws ScenarioException {
        if (!(node instanceof JsonObject)) {
            throw error("expected " + what + " (an object), not " + node.describe());
        }
        return (JsonObject) node;
    }

    /**
     * Checks that this object has no keys but {@code allowed}.
     *
     * @param owner what the object is, for the message: "a plain deferred"
     * @throws ScenarioException at the first other key, naming the allowed ones
     */
    public void allowOnly(List<String> allowed, String owner) throws ScenarioException {
        for (JsonObject.Member member : object(owner).members()) {
            if (!allowed.contains(member.key())) {
                throw keyError(
                        member.key(),
                        "unknown key " + show(member.key()) + " in " + owner + "; expected " + listing(allowed));
            }
        }
    }

    /** A problem with the key {@code key} of this object, placed at the key itself. */
    public ScenarioException keyError(String key, String problem) {
        JsonObject.Member member = ((JsonObject) node).member(key).orElseThrow();
        return new ScenarioException(childPath(key), member.line(), member.column(), problem);
    }

    /** The value of the key {@code key} of this object, if it has one. */
    public Optional<Located> optional(String key) {
        return ((JsonObject) node).member(key).map(member -> new Located(member.value(), childPath(key)));
    }

    /** The value of the key {@code key} of this object, which must have one; {@code owner} names the object. */
    public Located required(String key, String owner) throws ScenarioException {
        Optional<Located> value = optional(key);
        if (value.isEmpty()) {
            throw error("missing key " + show(key) + " in " + owner);
        }
        return value.get();
    }

    /** The elements of this array, which must be one; {@code what} describes the array. */
    public List<Located> elements(String what) throws ScenarioException {
        if (!(node instanceof JsonArray)) {
            throw error("expected " + what + ", not " + node.describe());
        }
        List<JsonNode> nodes = ((JsonArray) node).elements();
        List<Located> elements = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            elements.add(new Located(nodes.get(i), path + "[" + i + "]"));
        }
        return elements;
    }

    /** This value as a string, which must be one; {@code what} describes it. */
    public String string(String what) throws ScenarioException {
        if (!(node instanceof JsonString)) {
            throw error("expected " + what + " (a string), not " + node.describe());
        }
        return ((JsonString) node).value();
    }

    /**
     * This value as a non-empty string without whitespace (a name or a value); {@code what}
     * describes it.
     */
    public String word(String what) throws ScenarioException {
        String text = string(what);
        if (!PythonWhitespace.isWord(text)) {
            throw error("expected " + what + ": one or more characters without whitespace, not " + show(text));
        }
        return text;
    }

    /** This value as {@code true} or {@code false}. */
    public boolean bool() throws ScenarioException {
        if (!(node instanceof JsonBoolean)) {
            throw error("expected true or false, not " + node.describe());
        }
        return ((JsonBoolean) node).value();
    }

    /** The boolean value of the key {@code key} of this object; false when it has no such key. */
    public boolean flag(String key) throws ScenarioException {
        Optional<Located> value = optional(key);
        return value.isPresent() && value.get().bool();
    }

    /**
     * This value as an exact time: a number of seconds, at least 0, with at most nine decimals (the
     * reactor model's times).
     */
    public Time time() throws ScenarioException {
        String expected = "expected a time: a number of seconds >= 0 with at most nine decimals";
        if (!(node instanceof JsonNumber)) {
            throw error(expected + ", not " + node.describe());
        }
        JsonNumber number = (JsonNumber) node;
        try {
            return Time.ofSeconds(number.value());
        } catch (IllegalArgumentException broken) {
            throw error(expected + ", not " + number.text() + " (" + broken.getMessage() + ")");
        }
    }

    /**
     * This value as a float time (the Deferred engine's, contract section 6): any finite JSON number
     * of seconds, at least 0, read as Python's {@code json} reads it and held as the double nearest
     * to it, so {@code 1e10} and {@code 0.0009765625} are times too.
     */
    public Time floatTime() throws ScenarioException {
        String expected = "expected a time: a finite number of seconds >= 0";
        if (!(node instanceof JsonNumber)) {
            throw error(expected + ", not " + node.describe());
        }
        JsonNumber number = (JsonNumber) node;
        if (number.value().signum() < 0) {
            throw error(expected + ", not " + number.text() + " (a time cannot be negative)");
        }
        double seconds = number.value().doubleValue();
        if (Double.isInfinite(seconds)) {
            throw error(expected + ", not " + number.text()
                    + " (beyond the largest float, about 1.8e+308; Python would read it as inf)");
        }
        return Time.ofDouble(seconds);
    }

    /**
     * The members of this object in source order, each value located at its key's path; {@code
     * what} names the object, e.g. "an object of functions".
     */
    public Map<String, Located> members(String what) throws ScenarioException {
        Map<String, Located> members = new LinkedHashMap<>();
        for (JsonObject.Member member : object(what).members()) {
            members.put(member.key(), new Located(member.value(), childPath(member.key())));
        }
        return members;
    }

    /**
     * This value as a whole number from {@code min} to {@code max}; {@code what} describes it, e.g.
     * "a port".
     */
    public int integer(int min, int max, String what) throws ScenarioException {
        String expected = "expected " + what + ": a whole number from " + min + " to " + max;
        if (!(node instanceof JsonNumber)) {
            throw error(expected + ", not " + node.describe());
        }
        JsonNumber number = (JsonNumber) node;
        try {
            int value = number.value().intValueExact();
            if (value >= min && value <= max) {
                return value;
            }
        } catch (ArithmeticException notWhole) {
            // falls through to the message below
        }
        throw error(expected + ", not " + number.text());
    }

    private String childPath(String key) {
        return path + (isIdentifier(key) ? "." + key : "[" + Json.quote(key) + "]");
    }

    private static boolean isIdentifier(String key) {
        return !key.isEmpty() && key.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '_'));
    }

    /**
     * {@code text} as messages show it: in single quotes when it is plain printable ASCII without
     * quotes, otherwise as a JSON string, so a message always stays on one line.
     */
    public static String show(String text) {
        return isPlain(text) ? "'" + text + "'" : Json.quote(text);
    }

    /**
     * {@code text} as lists in messages show it: as it is when it is plain printable ASCII without
     * quotes, otherwise as a JSON string ({@code a}, {@code "\u00e9"}).
     */
    public static String bare(String text) {
        return isPlain(text) ? text : Json.quote(text);
    }

    private static boolean isPlain(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7e && c != '\'' && c != '"');
    }

    /** "a, b or c". */
    public static String listing(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
