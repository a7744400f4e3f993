package deferredsim.lessons.internal;

import deferredsim.lessons.Exercise;
import deferredsim.lessons.ExerciseKind;
import deferredsim.lessons.LessonScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The parts every exercise kind shares: its data, and answering by choice number. */
abstract class BaseExercise implements Exercise {
    protected final ExerciseData data;

    BaseExercise(ExerciseData data) {
        this.data = data;
    }

    @Override
    public String id() {
        return data.id();
    }

    @Override
    public String key() {
        return data.key();
    }

    @Override
    public int lessonNumber() {
        return data.lessonNumber();
    }

    @Override
    public ExerciseKind kind() {
        return data.kind();
    }

    @Override
    public String prompt() {
        return data.prompt();
    }

    @Override
    public LessonScenario scenario() {
        return data.scenario();
    }

    @Override
    public List<String> shownLines() {
        return List.of();
    }

    @Override
    public List<String> choices() {
        return data.choices();
    }

    @Override
    public List<String> hints() {
        return data.hints();
    }

    @Override
    public String explanation() {
        return data.explanation();
    }

    @Override
    public String storedAnswer() {
        return data.storedAnswer();
    }

    /** The choice a number like {@code 2}, {@code 2.} or {@code (2)} names, if the answer is one. */
    protected final Optional<String> choiceNamed(String answer) {
        String digits = answer.strip().replaceAll("^\\(?([0-9]+)[.)]?$", "$1");
        if (data.choices().isEmpty() || !digits.matches("[0-9]+") || digits.length() > 3) {
            return Optional.empty();
        }
        int number = Integer.parseInt(digits);
        return number >= 1 && number <= data.choices().size()
                ? Optional.of(data.choices().get(number - 1))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + key() + "]";
    }

    /** {@code lines} numbered from 1, the numbers right-aligned to the widest: how code is shown for line answers. */
    static List<String> numbered(List<String> lines) {
        int width = String.valueOf(lines.size()).length();
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(String.format(Locale.ROOT, "%" + width + "d  %s", i + 1, lines.get(i)));
        }
        return numbered;
    }

    /** Lower case in the root locale, for comparing words. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
