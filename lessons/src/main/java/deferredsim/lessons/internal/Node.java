package deferredsim.lessons.internal;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonArray;
import deferredsim.core.json.JsonBoolean;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonNumber;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import deferredsim.lessons.LessonFormatException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON value of a lesson file, with its file and JSON path. Every typed accessor returns what was
 * asked for or throws a {@link LessonFormatException} naming the file, the line and column, the
 * path and what was expected.
 */
public final class Node {
    private final String file;
    private final JsonNode json;
    private final String path;

    private Node(String file, JsonNode json, String path) {
        this.file = file;
        this.json = json;
        this.path = path;
    }

    /**
     * Parses {@code text}, the content of {@code file}.
     *
     * @throws LessonFormatException when the text is not JSON
     */
    public static Node parse(String file, String text) throws LessonFormatException {
        try {
            return new Node(file, Json.parse(text.startsWith("\uFEFF") ? text.substring(1) : text), "$");
        } catch (JsonSyntaxException broken) {
            throw new LessonFormatException(file, broken.getMessage(), broken);
        }
    }

    /** The value itself. */
    JsonNode json() {
        return json;
    }

    /** The JSON path of this value, e.g. {@code $.exercises[2].stage}. */
    public String path() {
        return path;
    }

    /** The file this value is in. */
    public String file() {
        return file;
    }

    /** A problem with this value. */
    public LessonFormatException error(String problem) {
        return new LessonFormatException(file, json.line() + ":" + json.column() + ": " + path + ": " + problem);
    }

    /** Checks that this is an object whose keys are all in {@code allowed}; {@code what} names it. */
    public Node object(String what, List<String> allowed) throws LessonFormatException {
        if (!(json instanceof JsonObject)) {
            throw error("expected " + what + " (an object), not " + json.describe());
        }
        for (JsonObject.Member member : ((JsonObject) json).members()) {
            if (!allowed.contains(member.key())) {
                throw new LessonFormatException(
                        file,
                        member.line() + ":" + member.column() + ": " + path + ": unknown key \"" + member.key()
                                + "\" in " + what + "; expected one of " + String.join(", ", allowed));
            }
        }
        return this;
    }

    /** True when this object has the key. */
    public boolean has(String key) {
        return json instanceof JsonObject && ((JsonObject) json).has(key);
    }

    /** The value of {@code key} in this object, if present. */
    public Optional<Node> optional(String key) {
        if (!(json instanceof JsonObject)) {
            return Optional.empty();
        }
        return Optional.ofNullable(((JsonObject) json).get(key)).map(value -> new Node(file, value, path + "." + key));
    }

    /** The value of {@code key}, which this object must have. */
    public Node required(String key) throws LessonFormatException {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            throw error("missing key \"" + key + "\"");
        }
        return value.get();
    }

    /** This value as a string. */
    public String string() throws LessonFormatException {
        if (!(json instanceof JsonString)) {
            throw error("expected a string, not " + json.describe());
        }
        return ((JsonString) json).value();
    }

    /** This value as a string with at least one non-space character. */
    public String text() throws LessonFormatException {
        String value = string();
        if (value.isBlank()) {
            throw error("expected some text, not an empty string");
        }
        return value;
    }

    /** This value as a whole number of at least {@code min}. */
    public int integer(int min) throws LessonFormatException {
        if (json instanceof JsonNumber) {
            BigDecimal value = ((JsonNumber) json).value();
            try {
                int whole = value.intValueExact();
                if (whole >= min) {
                    return whole;
                }
            } catch (ArithmeticException notWhole) {
                // reported below
            }
        }
        throw error("expected a whole number >= " + min + ", not " + describe());
    }

    /** This value as a boolean. */
    public boolean bool() throws LessonFormatException {
        if (!(json instanceof JsonBoolean)) {
            throw error("expected true or false, not " + describe());
        }
        return ((JsonBoolean) json).value();
    }

    /** This value as an array. */
    public List<Node> elements() throws LessonFormatException {
        if (!(json instanceof JsonArray)) {
            throw error("expected an array, not " + json.describe());
        }
        List<Node> elements = new ArrayList<>();
        List<JsonNode> nodes = ((JsonArray) json).elements();
        for (int i = 0; i < nodes.size(); i++) {
            elements.add(new Node(file, nodes.get(i), path + "[" + i + "]"));
        }
        return elements;
    }

    /** This value as an array of non-empty strings. */
    public List<String> texts() throws LessonFormatException {
        List<String> texts = new ArrayList<>();
        for (Node element : elements()) {
            texts.add(element.text());
        }
        return texts;
    }

    /** The object's keys in source order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (json instanceof JsonObject) {
            for (JsonObject.Member member : ((JsonObject) json).members()) {
                keys.add(member.key());
            }
        }
        return keys;
    }

    /** This value as a scalar's text: a string's value, a number's source text, true/false. */
    public String scalar() throws LessonFormatException {
        if (json instanceof JsonString) {
            return ((JsonString) json).value();
        } else if (json instanceof JsonNumber) {
            return ((JsonNumber) json).text();
        } else if (json instanceof JsonBoolean) {
            return Boolean.toString(((JsonBoolean) json).value());
        }
        throw error("expected a string, number or boolean, not " + json.describe());
    }

    private String describe() {
        if (json instanceof JsonString) {
            return Json.quote(((JsonString) json).value());
        } else if (json instanceof JsonNumber) {
            return ((JsonNumber) json).text();
        }
        return json.describe();
    }
}
