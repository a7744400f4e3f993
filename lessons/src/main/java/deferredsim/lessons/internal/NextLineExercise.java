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
 * the same keys with the same values, in any order and spacing.
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
        if (!(node instanceof JsonObject object)) {
            return Optional.empty();
        }
        TreeMap<String, String> fields = new TreeMap<>();
        for (JsonObject.Member member : object.members()) {
            String value = switch (member.value()) {
                case JsonString string -> "s:" + string.value();
                case JsonNumber number ->
                    "n:" + number.value().stripTrailingZeros().toPlainString();
                case JsonBoolean bool -> "b:" + bool.value();
                case JsonNull none -> "null";
                case JsonObject nested -> null;
                case JsonArray array -> null;
            };
            if (value == null) {
                return Optional.empty();
            }
            fields.put(member.key(), value);
        }
        return Optional.of(fields.toString());
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
