package deferredsim.gui.lessons;

import deferredsim.lessons.Exercise;
import deferredsim.lessons.ExerciseKind;
import deferredsim.lessons.Verdict;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One exercise as the panel answers it: {@link #check} asks the engine and keeps the {@link
 * Verdict}, telling only a hint's worth after a first miss and the explanation after a second;
 * {@link #nextHint} reveals one more hint, mildest first; {@link #reveal} gives the answer on
 * request; {@link #showMeWhere} opens the
 * exercise's scenario with the playhead on the event where the last wrong prediction parted from
 * the run. Get instances from {@link LessonsViewModel#exercisesProperty()}.
 */
public final class ExerciseViewModel {
    private final Exercise exercise;
    private final int number;
    private final LessonsViewModel lessons;
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyBooleanWrapper solved = new ReadOnlyBooleanWrapper(this, "solved");
    private final ReadOnlyObjectWrapper<List<String>> hints = new ReadOnlyObjectWrapper<>(this, "hints", List.of());
    private final ReadOnlyBooleanWrapper moreHints = new ReadOnlyBooleanWrapper(this, "moreHints");
    private final ReadOnlyBooleanWrapper canShowWhere = new ReadOnlyBooleanWrapper(this, "canShowWhere");
    private final ReadOnlyObjectWrapper<String> told = new ReadOnlyObjectWrapper<>(this, "told", "");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private int misses;

    ExerciseViewModel(Exercise exercise, int number, boolean solvedBefore, LessonsViewModel lessons) {
        this.exercise = exercise;
        this.number = number;
        this.lessons = lessons;
        solved.set(solvedBefore);
        moreHints.set(!exercise.hints().isEmpty());
    }

    /**
     * Checks {@code answer} with the engine and shows the verdict. A correct answer marks the
     * exercise solved (and saves that); an unreadable one changes nothing else. Afterwards {@link
     * #canShowWhereProperty()} is true exactly when the answer was wrong and the exercise is about
     * one of the lesson's scenarios (not a chain the learner builds).
     */
    public void check(String answer) {
        Verdict result = exercise.check(answer == null ? "" : answer.strip());
        if (result.status() == Verdict.Status.INCORRECT) {
            misses++;
        }
        told.set(
                result.status() == Verdict.Status.INCORRECT && misses == 1 && !revealed.get()
                        ? result.firstTry()
                        : result.explanation());
        verdict.set(result);
        canShowWhere.set(result.divergence().isPresent() && exercise.kind() != ExerciseKind.BUILD);
        if (result.isCorrect() && !solved.get() && !revealed.get()) {
            solved.set(true);
            lessons.solved(exercise);
        }
    }

    /**
     * Shows the answer and why ({@link Exercise#reveal()}); an answer checked afterwards is still
     * judged, but no longer counts as solved.
     */
    public void reveal() {
        revealed.set(true);
        told.set(exercise.reveal());
    }

    /**
     * What the card tells under the verdict, in Markdown: after a first wrong answer only what does
     * not give the answer away ({@link Verdict#firstTry()}); after a second, or a right one, the
     * whole explanation; after {@link #reveal()}, the answer and why.
     */
    public ReadOnlyObjectProperty<String> toldProperty() {
        return told.getReadOnlyProperty();
    }

    public String getTold() {
        return told.get();
    }

    /** True once the learner asked for the answer. */
    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Shows the next hint; does nothing when all are shown. */
    public void nextHint() {
        List<String> all = exercise.hints();
        if (hints.get().size() < all.size()) {
            hints.set(List.copyOf(all.subList(0, hints.get().size() + 1)));
        }
        moreHints.set(hints.get().size() < all.size());
    }

    /**
     * Opens the exercise's scenario with the playhead just after the event where the last wrong
     * answer diverged (that event is the current one).
     *
     * @throws IllegalStateException unless {@link #canShowWhereProperty()} is true
     */
    public void showMeWhere() {
        if (!canShowWhere.get()) {
            throw new IllegalStateException("no wrong answer to show");
        }
        Verdict wrong = verdict.get();
        lessons.open(exercise.scenario(), wrong.recording(), wrong.divergence().getAsInt() + 1);
    }

    /** The exercise. */
    public Exercise exercise() {
        return exercise;
    }

    /** Its 1-based number in the lesson. */
    public int number() {
        return number;
    }

    /** The last verdict, or null before the first check. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public Verdict getVerdict() {
        return verdict.get();
    }

    /** True once solved, here or in an earlier session. */
    public ReadOnlyBooleanProperty solvedProperty() {
        return solved.getReadOnlyProperty();
    }

    public boolean isSolved() {
        return solved.get();
    }

    /** The hints revealed so far, mildest first. */
    public ReadOnlyObjectProperty<List<String>> hintsProperty() {
        return hints.getReadOnlyProperty();
    }

    public List<String> getHints() {
        return hints.get();
    }

    /** True while some hints are still hidden. */
    public ReadOnlyBooleanProperty moreHintsProperty() {
        return moreHints.getReadOnlyProperty();
    }

    /** True after a wrong answer about a lesson scenario. */
    public ReadOnlyBooleanProperty canShowWhereProperty() {
        return canShowWhere.getReadOnlyProperty();
    }
}
