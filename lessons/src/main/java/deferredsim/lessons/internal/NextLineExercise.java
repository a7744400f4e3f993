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
import deferredsim.core.trace.TraceWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Predict the trace line after the first {@code after} lines. Lines compare as JSON objects:
 * the same keys with the same values (arrays element by element), in any order and spacing.
 */
final class NextLineExercise extends PredictionExercise {
    private final int after;

    NextLineExercise(ExerciseData data, int after) {
        super(data);
        this.after = after;
    }

    private List<String> traceLines() {
        return TraceWriter.lines(reading().recording());
    }

    @Override
    public List<String> shownLines() {
        List<String> lines = traceLines();
        return List.copyOf(lines.subList(0, Math.min(after, lines.size())));
    }

    @Override
    Optional<String> read(String answer) {
        JsonNode node;
        try {
            node = Json.parse(answer.strip());
        } catch (JsonSyntaxException notJson) {
            return Optional.empty();
        }
        if (!(node instanceof JsonObject)) {
            return Optional.empty();
        }
        return Optional.of(canonical(node));
    }

    /**
     * {@code node} written so that two JSON values compare equal exactly when they mean the same:
     * an object's keys sorted, numbers by value ({@code 1} and {@code 1.0} alike), arrays element by
     * element in order (a {@code wake} line's ready list, a {@code call} line's args and stack), and
     * each string with its length, so no text can pass for a structure.
     */
    private static String canonical(JsonNode node) {
        return switch (node) {
            case JsonString string -> "s" + string.value().length() + ":" + string.value();
            case JsonNumber number -> "n:" + number.value().stripTrailingZeros().toPlainString();
            case JsonBoolean bool -> "b:" + bool.value();
            case JsonNull none -> "null";
            case JsonArray array -> {
                List<String> elements = new ArrayList<>();
                array.elements().forEach(element -> elements.add(canonical(element)));
                yield "[" + String.join(",", elements) + "]";
            }
            case JsonObject object -> {
                TreeMap<String, String> fields = new TreeMap<>();
                object.members().forEach(member -> fields.put(member.key(), canonical(member.value())));
                yield fields.toString();
            }
        };
    }

    @Override
    String engineAnswer() {
        return read(engineAnswerShown()).orElseThrow();
    }

    @Override
    String engineAnswerShown() {
        List<String> lines = traceLines();
        return after < lines.size() ? lines.get(after) : "(no more lines)";
    }

    @Override
    String fact() {
        return "the next line is " + Md.code(engineAnswerShown());
    }

    /** The event of the next line, or the last traced one when no line comes after the lines shown. */
    @Override
    int keyEvent() {
        return indexOfTraced(after);
    }

    @Override
    String remarkOn(String wrong) {
        List<String> lines = traceLines();
        for (int i = 0; i < lines.size(); i++) {
            if (read(lines.get(i)).filter(wrong::equals).isPresent()) {
                return i < after
                        ? "Your line is line " + (i + 1) + ", which was already shown."
                        : "Your line does come, but later: it is line " + (i + 1) + ".";
            }
        }
        return "";
    }

    @Override
    int divergence(String wrong) {
        return keyEvent();
    }

    /** The event index of the {@code n}-th traced event (0-based), or of the last one when there are fewer. */
    private int indexOfTraced(int n) {
        List<Integer> traced = new ArrayList<>();
        for (int i = 0; i < reading().size(); i++) {
            if (reading().event(i).inTrace()) {
                traced.add(i);
            }
        }
        return traced.get(Math.min(n, traced.size() - 1));
    }
}
