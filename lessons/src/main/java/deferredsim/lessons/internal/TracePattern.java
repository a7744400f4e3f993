package deferredsim.lessons.internal;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonArray;
import deferredsim.core.json.JsonBoolean;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonNull;
import deferredsim.core.json.JsonNumber;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.trace.TraceWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks trace lines by their fields, written as part of a trace line (the contract's words, which
 * exercise files use to name events): {@code {"who": "program",
 * "event": "timer", "call": "tick"}} picks every line whose {@code event} is {@code timer}, whose
 * {@code who} is {@code program} and whose {@code call} is {@code tick}, whatever else it has. A key
 * ending in {@code ~} holds a regular expression that must be found in the field's text instead:
 * {@code {"event": "print", "text~": "^Task [0-9]+: got"}} (an array's text is its elements' texts
 * joined with {@code ", "}). Only events with a trace line match; reactor lines and the Deferred
 * lines of a reactor scenario's program alike.
 *
 * <p>This is the one place the lessons look at trace text, and only to match the canonical lines
 * against the pattern (and, for an order exercise, to read the name the learner predicts from the
 * line that matched); what the picked events mean is read from the {@link Reading}.
 *
 * @param event the {@code event} word every picked line has
 * @param fields the other fields, in the order written
 */
record TracePattern(String event, List<Field> fields) implements Selector {
    /** The words of reactor trace lines ({@code docs/reactor-scenarios.md}). */
    static final List<String> REACTOR_EVENTS = List.of(
            "start",
            "segment",
            "finished",
            "listen",
            "listenTCP",
            "stopListening",
            "accept",
            "send",
            "connect",
            "refused",
            "recv",
            "eof",
            "close",
            "wake",
            "print",
            "call",
            "block",
            "unblock",
            "reactor",
            "callWhenRunning",
            "callLater",
            "timer",
            "cancelTimer",
            "log",
            "crash",
            "exit",
            "limit");
    /** The words of Deferred trace lines. */
    static final List<String> DEFERRED_EVENTS =
            List.of("fire", "run", "error", "cancel", "pause", "unpause", "resume", "result");

    /**
     * One field to match: {@code expected} (a JSON value compared by value: numbers numerically,
     * arrays element by element) or, for a key written with a final {@code ~}, {@code regex}.
     */
    record Field(String key, JsonNode expected, Pattern regex) {
        Field {
            Objects.requireNonNull(key, "key");
            if ((expected == null) == (regex == null)) {
                throw new IllegalArgumentException("a field has a value or a regex");
            }
        }

        boolean matches(JsonObject line) {
            JsonNode actual = line.get(key);
            if (actual == null) {
                return false;
            }
            return regex != null ? regex.matcher(text(actual)).find() : same(expected, actual);
        }

        String describe() {
            return regex != null
                    ? Md.code(key) + " matching " + Md.code(regex.pattern())
                    : Md.code(key) + " " + Md.code(text(expected));
        }
    }

    TracePattern {
        Objects.requireNonNull(event, "event");
        if (!REACTOR_EVENTS.contains(event) && !DEFERRED_EVENTS.contains(event)) {
            throw new IllegalArgumentException("unknown event " + event);
        }
        fields = List.copyOf(fields);
    }

    @Override
    public List<Integer> all(Reading reading) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < reading.size(); i++) {
            if (matches(reading.event(i))) {
                found.add(i);
            }
        }
        return found;
    }

    private boolean matches(SimEvent e) {
        if (!e.inTrace()) {
            return false;
        }
        JsonObject line = parse(TraceWriter.line(e));
        if (!(line.get("event") instanceof JsonString word) || !word.value().equals(event)) {
            return false;
        }
        for (Field field : fields) {
            if (!field.matches(line)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of {@code key} in the trace line of event {@code index}, as text (see the class
     * comment), or null: the name an order exercise's learner writes for a line this pattern picked.
     */
    static String field(Reading reading, int index, String key) {
        JsonNode value = parse(TraceWriter.line(reading.event(index))).get(key);
        return value == null ? null : text(value);
    }

    @Override
    public Optional<String> process() {
        return exact("who");
    }

    @Override
    public Optional<String> aboutDeferred() {
        return exact("d");
    }

    /** The text a field {@code key} must have exactly, when the pattern has one. */
    private Optional<String> exact(String key) {
        for (Field field : fields) {
            if (field.key().equals(key) && field.regex() == null && field.expected() instanceof JsonString name) {
                return Optional.of(name.value());
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        StringBuilder out = new StringBuilder("a ").append(Md.code(event)).append(" line");
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? " with " : i == fields.size() - 1 ? " and " : ", ")
                    .append(fields.get(i).describe());
        }
        return out.toString();
    }

    @Override
    public List<String> unknownNames(Reading reading) {
        List<String> processes = reading.reactor().processes();
        List<String> unknown = new ArrayList<>();
        for (Field field : fields) {
            if (field.regex() == null && field.expected() instanceof JsonString name) {
                if (field.key().equals("who") && !processes.contains(name.value())) {
                    unknown.add("the run has no process called " + name.value() + "; it has "
                            + String.join(", ", processes));
                } else if (field.key().equals("d") && !Outcomes.has(reading, name.value())) {
                    unknown.add("the run has no deferred called " + name.value());
                }
            }
        }
        return unknown;
    }

    private static JsonObject parse(String line) {
        try {
            return (JsonObject) Json.parse(line);
        } catch (JsonSyntaxException | ClassCastException broken) {
            throw new IllegalStateException("a trace line that is not a JSON object: " + line, broken);
        }
    }

    /** A value's text: a string's value, a number without trailing zeros, true/false/null, an array's texts joined. */
    static String text(JsonNode value) {
        return switch (value) {
            case JsonString string -> string.value();
            case JsonNumber number -> number.value().stripTrailingZeros().toPlainString();
            case JsonBoolean bool -> Boolean.toString(bool.value());
            case JsonNull none -> "null";
            case JsonArray array -> {
                List<String> texts = new ArrayList<>();
                for (JsonNode element : array.elements()) {
                    texts.add(text(element));
                }
                yield String.join(", ", texts);
            }
            case JsonObject object -> object.describe();
        };
    }

    /** Whether two JSON values are the same value. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a instanceof JsonString x && b instanceof JsonString y) {
            return x.value().equals(y.value());
        } else if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.value().compareTo(y.value()) == 0;
        } else if (a instanceof JsonBoolean x && b instanceof JsonBoolean y) {
            return x.value() == y.value();
        } else if (a instanceof JsonNull && b instanceof JsonNull) {
            return true;
        } else if (a instanceof JsonArray x && b instanceof JsonArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
