package deferredsim.gui.lessons;

import deferredsim.core.recording.Recording;
import deferredsim.lessons.Exercise;
import deferredsim.lessons.Lesson;
import deferredsim.lessons.LessonCatalog;
import deferredsim.lessons.LessonScenario;
import deferredsim.lessons.progress.ProgressStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The lessons panel's state: every lesson with how many of its exercises are solved, the selected
 * lesson, and one {@link ExerciseViewModel} per exercise of that lesson.
 *
 * <p>What holds: {@link #itemsProperty()} always lists every lesson of the catalog in order, and
 * its counts follow {@link ProgressStore} (updated when an exercise is solved here); {@link
 * #problemProperty()} is empty unless the progress file had a problem when opened or a solve could
 * not be saved. Toolkit-free: uses JavaFX properties only, so tests need no FX thread.
 */
public final class LessonsViewModel {
    /** Where "open in simulator" and "show me where" go: the window loads the scenario. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Shows {@code scenario}'s run {@code recording}, with the playhead after {@code position}
         * events (0: at the start).
         */
        void open(LessonScenario scenario, Recording recording, int position);
    }

    /**
     * One lesson in the list.
     *
     * @param number the lesson's number, 1-19
     * @param title the Part's title
     * @param solved how many of its exercises are solved
     * @param total how many exercises it has
     */
    public record LessonItem(int number, String title, int solved, int total) {
        /** {@code " 9  A Second Interlude, Deferred"}. */
        public String label() {
            return String.format(Locale.ROOT, "%2d  %s", number, title);
        }

        /** {@code 2/3}, or {@code done} when all are solved. */
        public String progress() {
            return solved == total && total > 0 ? "done" : solved + "/" + total;
        }
    }

    private final LessonCatalog catalog;
    private final ProgressStore store;
    private final Opener opener;
    private final ReadOnlyObjectWrapper<List<LessonItem>> items = new ReadOnlyObjectWrapper<>(this, "items", List.of());
    private final ReadOnlyObjectWrapper<Lesson> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<List<ExerciseViewModel>> exercises =
            new ReadOnlyObjectWrapper<>(this, "exercises", List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** A panel over {@code catalog}, counting solves in {@code store}; opening goes to {@code opener}. */
    public LessonsViewModel(LessonCatalog catalog, ProgressStore store, Opener opener) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.store = Objects.requireNonNull(store, "store");
        this.opener = Objects.requireNonNull(opener, "opener");
        problem.set(String.join("\n", store.problems()));
        refreshItems();
    }

    /**
     * Selects lesson {@code number}: {@link #selectedProperty()} and {@link #exercisesProperty()}
     * change to it, with no answers or hints shown yet.
     *
     * @throws IllegalArgumentException when the catalog has no such lesson
     */
    public void select(int number) {
        Lesson lesson = catalog.lesson(number).orElseThrow(() -> new IllegalArgumentException("no lesson " + number));
        List<ExerciseViewModel> next = new ArrayList<>();
        for (int i = 0; i < lesson.exercises().size(); i++) {
            next.add(new ExerciseViewModel(
                    lesson.exercises().get(i),
                    i + 1,
                    store.isSolved(lesson.exercises().get(i)),
                    this));
        }
        // Exercises first: views rebuild when the selection changes and read them then.
        exercises.set(List.copyOf(next));
        selected.set(lesson);
    }

    /** Opens {@code scenario} in the simulator at its start. */
    public void open(LessonScenario scenario) {
        opener.open(scenario, scenario.recording(), 0);
    }

    void open(LessonScenario scenario, Recording recording, int position) {
        opener.open(scenario, recording, position);
    }

    /** Records a solve in the store; a failure to save is shown in {@link #problemProperty()}. */
    void solved(Exercise exercise) {
        try {
            store.markSolved(exercise);
        } catch (IOException unsaved) {
            problem.set(joined(
                    problem.get(), "Your solve is kept for this session but was not saved: " + unsaved.getMessage()));
        }
        refreshItems();
    }

    private static String joined(String before, String after) {
        return before.isEmpty() ? after : before + "\n" + after;
    }

    private void refreshItems() {
        List<LessonItem> next = new ArrayList<>();
        for (Lesson lesson : catalog.lessons()) {
            int solved =
                    (int) lesson.exercises().stream().filter(store::isSolved).count();
            next.add(new LessonItem(
                    lesson.number(), lesson.title(), solved, lesson.exercises().size()));
        }
        items.set(List.copyOf(next));
    }

    /** Every lesson with its progress, in order. */
    public ReadOnlyObjectProperty<List<LessonItem>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public List<LessonItem> getItems() {
        return items.get();
    }

    /** The lesson on show, or null before the first {@link #select}. */
    public ReadOnlyObjectProperty<Lesson> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Lesson getSelected() {
        return selected.get();
    }

    /** The selected lesson's exercises, in order. */
    public ReadOnlyObjectProperty<List<ExerciseViewModel>> exercisesProperty() {
        return exercises.getReadOnlyProperty();
    }

    public List<ExerciseViewModel> getExercises() {
        return exercises.get();
    }

    /** Problems with the progress file, one per line; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }
}
