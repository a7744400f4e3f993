package deferredsim.cli.repl;

import deferredsim.lessons.Exercise;
import deferredsim.lessons.Lesson;
import deferredsim.lessons.LessonCatalog;
import deferredsim.lessons.LessonFormatException;
import deferredsim.lessons.progress.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The learner's place in the lessons: the catalog (loaded on first use), progress kept under the
 * REPL's home directory, the lesson open now, the exercise being answered and the hints shown.
 */
final class LessonSession {
    private final Path home;
    private LessonCatalog catalog;
    private ProgressStore progress;
    Lesson lesson;
    Exercise exercise;
    int hintsShown;
    /** The last wrong answer's verdict, for {@code why}. */
    deferredsim.lessons.Verdict lastVerdict;

    LessonSession(Path home) {
        this.home = home;
    }

    LessonCatalog catalog() throws InputError {
        if (catalog == null) {
            try {
                catalog = LessonCatalog.load();
            } catch (LessonFormatException e) {
                throw new InputError("the lessons could not be loaded: " + e.getMessage());
            }
        }
        return catalog;
    }

    ProgressStore progress() {
        if (progress == null) {
            progress = ProgressStore.open(home, Clock.systemUTC());
        }
        return progress;
    }

    /** A copy of the learner's place; the catalog and the progress store are shared. */
    LessonSession copy() {
        LessonSession copy = new LessonSession(home);
        copy.replaceWith(this);
        return copy;
    }

    /** Takes over {@code other}'s place, catalog and progress store. */
    void replaceWith(LessonSession other) {
        catalog = other.catalog;
        progress = other.progress;
        lesson = other.lesson;
        exercise = other.exercise;
        hintsShown = other.hintsShown;
        lastVerdict = other.lastVerdict;
    }

    /** Makes {@code exercise} the one being answered, with no hints shown yet. */
    void start(Exercise exercise) {
        this.exercise = exercise;
        this.hintsShown = 0;
        this.lastVerdict = null;
    }
}
