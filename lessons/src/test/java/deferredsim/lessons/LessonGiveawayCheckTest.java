package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.lessons.internal.Giveaways;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build's check that no question answers itself: no exercise's text holds its answer, no
 * checkpoint's question holds its answer, and no build exercise dictates its chain.
 */
class LessonGiveawayCheckTest {
    private static LessonCatalog catalog;

    @BeforeAll
    static void load() throws LessonFormatException {
        catalog = LessonCatalog.load();
    }

    // If any bundled exercise or checkpoint gives its answer away, then the build fails listing each one.
    @Test
    void everyLesson_asksWithoutGivingTheAnswerAway() {
        List<String> found = new ArrayList<>();
        for (Lesson lesson : catalog.lessons()) {
            found.addAll(Giveaways.in(lesson));
        }
        assertThat(found).isEmpty();
    }

    // If a build prompt names every value the chain returns or raises besides the goal's, then it is reported.
    @Test
    void buildPromptNamingEveryValue_isReported() {
        Exercise build = exercise(19, "build-cancel-handler");
        assertThat(giveaways(
                        19,
                        reworded(
                                build,
                                "Write one pair: a callback that prints the poem and returns `None`, and an errback"
                                        + " that returns `gave-up`.")))
                .singleElement()
                .asString()
                .contains("19/build-cancel-handler", "names every value of the chain: None");
    }

    // If a build prompt names a step for every pair it asks for, then it is reported.
    @Test
    void buildPromptNamingEveryStep_isReported() {
        Exercise build = exercise(12, "build-async-protocol");
        assertThat(giveaways(
                        12,
                        reworded(build, "Use `addCallback(sendString)`, then a closing step added with `addBoth`.")))
                .singleElement()
                .asString()
                .contains("names a step for each of its 2 pairs: addCallback, addBoth");
    }

    // If an order exercise's text lists the names in the answer's order, then it is reported.
    @Test
    void orderPromptListingTheAnswer_isReported() {
        Exercise order = exercise(3, "startup-order");
        assertThat(giveaways(3, reworded(order, order.prompt() + " (They run first, second, now, later.)")))
                .singleElement()
                .asString()
                .contains("03/startup-order", "first, second, now, later");
    }

    // If a next-line exercise's prompt shows the line to predict, then it is reported.
    @Test
    void nextLinePromptShowingTheLine_isReported() {
        Exercise next = exercise(16, "first-child-stopped");
        assertThat(giveaways(16, reworded(next, next.prompt() + " Hint: " + next.storedAnswer())))
                .singleElement()
                .asString()
                .contains("16/first-child-stopped", "shows the next line itself");
    }

    // If a fix-line prompt writes out the new line of its stored answer, then it is reported.
    @Test
    void fixLinePromptWritingTheNewLine_isReported() {
        Exercise fix = exercise(4, "deadline-fix");
        assertThat(giveaways(4, reworded(fix, fix.prompt() + " (Perhaps `deadline.cancel()` helps.)")))
                .singleElement()
                .asString()
                .contains("04/deadline-fix", "writes out the new line deadline.cancel()");
    }

    // If a checkpoint's question holds its answer's first sentence, then it is reported.
    @Test
    void checkpointQuestionHoldingItsAnswer_isReported() {
        Lesson lesson = catalog.lesson(16).orElseThrow();
        Checkpoint asked = lesson.checkpoints().get(1);
        Checkpoint told = new Checkpoint(
                asked.id(),
                asked.misconception(),
                "The save takes two seconds; does the loop end two seconds later?",
                "Two seconds later. The reactor waits.",
                asked.section(),
                asked.exercise(),
                asked.scenario());
        List<Checkpoint> checkpoints = new ArrayList<>(lesson.checkpoints());
        checkpoints.set(1, told);
        Lesson changed = new Lesson(
                lesson.number(),
                lesson.slug(),
                lesson.title(),
                lesson.objectives(),
                lesson.sections(),
                lesson.scenarios(),
                lesson.exercises(),
                checkpoints);
        assertThat(Giveaways.in(changed))
                .singleElement()
                .asString()
                .contains("checkpoint " + asked.id(), "two seconds later");
    }

    private static Exercise exercise(int lesson, String id) {
        return catalog.lesson(lesson).orElseThrow().exercise(id).orElseThrow();
    }

    /** The giveaways of lesson {@code number} with {@code changed} in place of the exercise with its id. */
    private static List<String> giveaways(int number, Exercise changed) {
        Lesson lesson = catalog.lesson(number).orElseThrow();
        List<Exercise> exercises = lesson.exercises().stream()
                .map(e -> e.id().equals(changed.id()) ? changed : e)
                .toList();
        return Giveaways.in(new Lesson(
                lesson.number(),
                lesson.slug(),
                lesson.title(),
                lesson.objectives(),
                lesson.sections(),
                lesson.scenarios(),
                exercises,
                lesson.checkpoints()));
    }

    /** {@code exercise} asked with another prompt. */
    private static Exercise reworded(Exercise exercise, String prompt) {
        return new Exercise() {
            @Override
            public String id() {
                return exercise.id();
            }

            @Override
            public String key() {
                return exercise.key();
            }

            @Override
            public int lessonNumber() {
                return exercise.lessonNumber();
            }

            @Override
            public ExerciseKind kind() {
                return exercise.kind();
            }

            @Override
            public String prompt() {
                return prompt;
            }

            @Override
            public LessonScenario scenario() {
                return exercise.scenario();
            }

            @Override
            public List<String> shownLines() {
                return exercise.shownLines();
            }

            @Override
            public List<String> choices() {
                return exercise.choices();
            }

            @Override
            public List<String> hints() {
                return exercise.hints();
            }

            @Override
            public String explanation() {
                return exercise.explanation();
            }

            @Override
            public String reveal() {
                return exercise.reveal();
            }

            @Override
            public Verdict check(String answer) {
                return exercise.check(answer);
            }

            @Override
            public String storedAnswer() {
                return exercise.storedAnswer();
            }

            @Override
            public Optional<String> verifyStoredAnswer() {
                return exercise.verifyStoredAnswer();
            }
        };
    }
}
