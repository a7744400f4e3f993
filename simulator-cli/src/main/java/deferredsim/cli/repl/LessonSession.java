package deferredsim.cli.repl;

import deferredsim.lessons.Checkpoint;
import deferredsim.lessons.Exercise;
import deferredsim.lessons.Lesson;
import deferredsim.lessons.LessonCatalog;
import deferredsim.lessons.LessonFormatException;
import deferredsim.lessons.progress.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

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
    /** Wrong answers to the current exercise so far: the second one reveals the answer. */
    int misses;
    /** Whether the current exercise's answer has been shown (after two misses or 'reveal'). */
    boolean revealed;
    /** The index of the open lesson's next section to read ('continue'). */
    int nextSection;
    /** The number of the lesson whose scenario 'open' last loaded, or 0: put away when another lesson opens. */
    int scenarioLesson;
    /** The index of the section whose heading is shown and whose text waits for its checkpoints, or -1. */
    int bodyPending = -1;
    /** Whether the open lesson's checkpoints that belong to no section have been asked. */
    boolean unsectionedAsked;
    /** The checkpoints of the section just read that are still to be asked, in order. */
    Deque<Checkpoint> checkpointsToAsk = new ArrayDeque<>();
    /** The checkpoint being asked, or null; settled once answered or revealed. */
    Checkpoint checkpoint;

    boolean checkpointSettled;
    /** How many of the open lesson's checkpoints have been asked: the number the next one shows. */
    int checkpointsAsked;

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
        misses = other.misses;
        scenarioLesson = other.scenarioLesson;
        revealed = other.revealed;
        nextSection = other.nextSection;
        bodyPending = other.bodyPending;
        unsectionedAsked = other.unsectionedAsked;
        checkpointsToAsk = new ArrayDeque<>(other.checkpointsToAsk);
        checkpoint = other.checkpoint;
        checkpointSettled = other.checkpointSettled;
        checkpointsAsked = other.checkpointsAsked;
    }

    /** Opens {@code lesson} at its first section, with no checkpoint asked yet. */
    void open(Lesson lesson) {
        this.lesson = lesson;
        this.nextSection = 0;
        this.bodyPending = -1;
        this.unsectionedAsked = false;
        this.checkpointsToAsk = new ArrayDeque<>();
        this.checkpoint = null;
        this.checkpointSettled = false;
        this.checkpointsAsked = 0;
        start(null);
    }

    /** Whether a checkpoint is being asked and has not been answered or revealed yet. */
    boolean checkpointOpen() {
        return checkpoint != null && !checkpointSettled;
    }

    /**
     * Whether 'answer' and 'reveal' go to the open checkpoint rather than to an exercise: it is
     * open and either has no exercise of its own and none is being answered, or its exercise is
     * the one being answered.
     */
    boolean answersCheckpoint() {
        if (!checkpointOpen()) {
            return false;
        }
        return checkpoint.exercise().isEmpty()
                ? exercise == null
                : exercise != null && exercise.id().equals(checkpoint.exercise().get());
    }

    /** Makes {@code exercise} (or none) the one being answered, with no hints shown and no tries yet. */
    void start(Exercise exercise) {
        this.exercise = exercise;
        this.hintsShown = 0;
        this.lastVerdict = null;
        this.misses = 0;
        this.revealed = false;
    }
}
