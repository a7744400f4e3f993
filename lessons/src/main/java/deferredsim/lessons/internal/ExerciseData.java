package deferredsim.lessons.internal;

import deferredsim.lessons.ExerciseKind;
import deferredsim.lessons.LessonScenario;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every exercise file entry has, whatever its kind.
 *
 * @param feedback targeted feedback for anticipated wrong answers: answer as written in the file
 *     to Markdown that says what that answer overlooks
 */
public record ExerciseData(
        int lessonNumber,
        String id,
        ExerciseKind kind,
        String prompt,
        LessonScenario scenario,
        List<String> choices,
        List<String> hints,
        String explanation,
        String storedAnswer,
        Map<String, String> feedback) {
    public ExerciseData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(scenario, "scenario");
        choices = List.copyOf(choices);
        hints = List.copyOf(hints);
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(storedAnswer, "storedAnswer");
        feedback = Map.copyOf(feedback);
    }

    /** The catalog-wide key: {@code 09/criss-cross-lane}. */
    public String key() {
        return String.format(java.util.Locale.ROOT, "%02d/%s", lessonNumber, id);
    }
}
