package deferredsim.lessons.progress;

import deferredsim.lessons.Exercise;
import deferredsim.lessons.Lesson;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which exercises a learner has solved, and when: exercise {@link Exercise#key() keys} to the
 * instant of the first correct answer. Immutable; {@link ProgressStore} keeps the current one.
 */
public record Progress(Map<String, Instant> solved) {
    /** No exercise solved. */
    public static final Progress EMPTY = new Progress(Map.of());

    public Progress {
        solved = Map.copyOf(solved);
    }

    /** True when the exercise with this key has been solved. */
    public boolean isSolved(String key) {
        return solved.containsKey(key);
    }

    /** True when {@code exercise} has been solved. */
    public boolean isSolved(Exercise exercise) {
        return isSolved(exercise.key());
    }

    /** How many of {@code lesson}'s exercises have been solved. */
    public int solvedIn(Lesson lesson) {
        return (int) lesson.exercises().stream().filter(this::isSolved).count();
    }

    /** This progress with {@code key} solved at {@code when}; an earlier solve is kept. */
    public Progress with(String key, Instant when) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(when, "when");
        if (solved.containsKey(key)) {
            return this;
        }
        Map<String, Instant> more = new TreeMap<>(solved);
        more.put(key, when);
        return new Progress(more);
    }

    /** Everything solved in this or {@code other}, keeping the earlier instant for keys in both. */
    public Progress union(Progress other) {
        Map<String, Instant> all = new TreeMap<>(solved);
        other.solved.forEach((key, when) -> all.merge(key, when, (a, b) -> a.isBefore(b) ? a : b));
        return new Progress(all);
    }
}
