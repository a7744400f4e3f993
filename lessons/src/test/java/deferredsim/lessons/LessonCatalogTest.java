package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCatalogTest {
    @TempDir
    Path root;

    // When the index lists two valid lessons, then the catalog holds both, in order, with all their parts.
    @Test
    void load_readsEveryListedLesson() throws LessonFormatException {
        LessonCatalog catalog = new LessonFiles(root)
                .lesson("01-first", null, null, null, null)
                .lesson(
                        "02-second",
                        LessonFiles.LESSON_JSON.replace("\"number\": 1", "\"number\": 2"),
                        null,
                        null,
                        null)
                .load();

        assertThat(catalog.lessons()).extracting(Lesson::number).containsExactly(1, 2);
        Lesson first = catalog.lesson(1).orElseThrow();
        assertThat(first.displayTitle()).isEqualTo("Lesson 1: First");
        assertThat(first.sections()).extracting(LessonSection::title).containsExactly("One", "Two");
        assertThat(first.sections().get(0).markdown()).isEqualTo("Text of one.");
        assertThat(first.scenarios()).singleElement().isInstanceOf(DeferredScenario.class);
        assertThat(catalog.exercise("02/lane")).isPresent();
    }

    // When a lesson is loaded, then its scenario keeps the file's text and runs on the engine when asked.
    @Test
    void load_scenarioKeepsSourceAndRuns() throws LessonFormatException {
        DeferredScenario scenario = (DeferredScenario) new LessonFiles(root)
                .lessonWithExercises(LessonFiles.LANE_EXERCISE)
                .load()
                .lesson(1)
                .orElseThrow()
                .scenarios()
                .get(0);

        assertThat(scenario.source()).isEqualTo(LessonFiles.SCENARIO);
        assertThat(scenario.recording()).isSameAs(scenario.recording());
        assertThat(scenario.recording().outcomes())
                .singleElement()
                .satisfies(o -> assertThat(o.value().render()).isEqualTo("d"));
    }

    // When an order exercise names a deferred, then it orders that deferred's steps as the engine runs them.
    @Test
    void load_orderOfADeferredsSteps_isCheckedByTheEngine() throws LessonFormatException {
        Exercise order = new LessonFiles(root)
                .lessonWithExercises("{\"id\": \"steps\", \"kind\": \"order\", \"scenario\": \"s\", \"deferred\":"
                        + " \"d\", \"prompt\": \"Order?\", \"answer\": \"fire, run 0, run 1, run 2, run 3\","
                        + " \"hints\": [\"h\"], \"explanation\": \"e\"}")
                .load()
                .lessons()
                .get(0)
                .exercises()
                .get(0);
        assertThat(order.verifyStoredAnswer()).isEmpty();
        assertThat(order.check("Fire -> run stage 0 -> run 1 -> run 2 -> run 3").isCorrect())
                .isTrue();
        assertThat(order.check("run 0, fire").isCorrect()).isFalse();
    }

    // If an order exercise names a deferred and also a trace pattern, then loading fails saying they do not mix.
    @Test
    void load_orderOfStepsWithAnEvent_isRefused() {
        LessonFiles files = new LessonFiles(root)
                .lessonWithExercises("{\"id\": \"steps\", \"kind\": \"order\", \"scenario\": \"s\", \"deferred\":"
                        + " \"d\", \"event\": {\"event\": \"print\"}, \"prompt\": \"Order?\", \"answer\": \"fire\","
                        + " \"hints\": [\"h\"], \"explanation\": \"e\"}");
        assertThatThrownBy(files::load)
                .isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("an order of a deferred's steps has no event, after or first");
    }

    // If a scenario file is not a valid scenario, then loading fails naming the file, line and column.
    @Test
    void load_brokenScenario_namesFileAndPlace() {
        LessonFiles files = new LessonFiles(root)
                .lesson("01-first", null, null, null, LessonFiles.SCENARIO.replace("\"r a\"", "\"retrun a\""));

        assertThatThrownBy(files::load)
                .isInstanceOf(LessonFormatException.class)
                .hasMessageStartingWith("01-first/s.json: 2:")
                .hasMessageContaining("$.deferreds[0].chain[0][0]")
                .hasMessageContaining("retrun");
    }

    // If a scenario file is missing, then loading fails naming it.
    @Test
    void load_missingScenario_namesIt() {
        LessonFiles files = new LessonFiles(root)
                .lesson(
                        "01-first",
                        LessonFiles.LESSON_JSON.replace("\"file\": \"s.json\"", "\"file\": \"gone.json\""),
                        null,
                        null,
                        null);

        assertThatThrownBy(files::load).hasMessageStartingWith("01-first/gone.json: cannot be read");
    }

    // If a scenario entry has a format this version cannot read, then loading says which formats it reads.
    @Test
    void load_unknownScenarioFormat_isRejectedClearly() {
        LessonFiles files = new LessonFiles(root)
                .lesson(
                        "01-first",
                        LessonFiles.LESSON_JSON.replace(
                                "\"file\": \"s.json\"", "\"file\": \"s.json\", \"format\": \"timeline/1\""),
                        null,
                        null,
                        null);

        assertThatThrownBy(files::load)
                .hasMessageContaining(
                        "expected one of [deferred-scenario/1, reactor-scenario/1, deferred-recording/1], not"
                                + " timeline/1");
    }

    // If an entry says reactor-scenario/1 but the file is a Deferred scenario, then loading says the file is not in
    // that format.
    @Test
    void load_fileNotInDeclaredFormat_isRejectedClearly() {
        LessonFiles files = new LessonFiles(root)
                .lesson(
                        "01-first",
                        LessonFiles.LESSON_JSON.replace(
                                "\"file\": \"s.json\"", "\"file\": \"s.json\", \"format\": \"reactor-scenario/1\""),
                        null,
                        null,
                        null);

        assertThatThrownBy(files::load).hasMessageContaining("s.json is not a reactor-scenario/1 file");
    }

    // If an exercise has a key its kind does not use, then loading fails at that key's line and column.
    @Test
    void load_unknownExerciseKey_namesPlace() {
        LessonFiles files = new LessonFiles(root)
                .lessonWithExercises(LessonFiles.LANE_EXERCISE.replace("\"stage\": 2,", "\"stage\": 2, \"after\": 3,"));

        assertThatThrownBy(files::load)
                .hasMessageStartingWith("01-first/exercises.json: 2:")
                .hasMessageContaining("unknown key \"after\" in a lane exercise");
    }

    // If an exercise names a deferred the scenario does not have, then loading fails naming it.
    @Test
    void load_unknownDeferred_fails() {
        LessonFiles files = new LessonFiles(root)
                .lessonWithExercises(LessonFiles.LANE_EXERCISE.replace("\"deferred\": \"d\"", "\"deferred\": \"e\""));

        assertThatThrownBy(files::load)
                .hasMessageContaining("$.exercises[0].deferred: the scenario has no deferred called e");
    }

    // If a lane exercise asks about a stage past the end of the chain, then loading fails saying how many stages there
    // are.
    @Test
    void load_stagePastChain_fails() {
        LessonFiles files = new LessonFiles(root)
                .lessonWithExercises(LessonFiles.LANE_EXERCISE.replace("\"stage\": 2", "\"stage\": 4"));

        assertThatThrownBy(files::load).hasMessageContaining("d has 4 stages (0 to 3), so there is no stage 4");
    }

    // If the index lists lessons out of number order, then loading fails.
    @Test
    void load_indexOutOfOrder_fails() {
        LessonFiles files = new LessonFiles(root)
                .lesson(
                        "02-second",
                        LessonFiles.LESSON_JSON.replace("\"number\": 1", "\"number\": 2"),
                        null,
                        null,
                        null)
                .lesson("01-first", null, null, null, null);

        assertThatThrownBy(files::load)
                .hasMessageStartingWith("index.txt: 2:1: lesson 1 (01-first) is listed after lesson 2");
    }

    // If a lesson's number does not match its directory, then loading fails.
    @Test
    void load_numberNotMatchingDirectory_fails() {
        LessonFiles files = new LessonFiles(root).lesson("03-third", null, null, null, null);

        assertThatThrownBy(files::load).hasMessageContaining("lesson 1 is in directory 03-third");
    }

    // If the lesson text does not start with a section heading, then loading fails at that line.
    @Test
    void load_textBeforeFirstSection_fails() {
        LessonFiles files = new LessonFiles(root).lesson("01-first", null, "\nIntro.\n\n## One\n\nText.\n", null, null);

        assertThatThrownBy(files::load)
                .hasMessageStartingWith("01-first/lesson.md: 2:1: the text starts with a section heading");
    }

    // If a checkpoint names an exercise that does not exist, then loading fails.
    @Test
    void load_checkpointWithUnknownExercise_fails() {
        String exercises = LessonFiles.exercises(LessonFiles.LANE_EXERCISE)
                .replace(
                        "]}\n",
                        "], \"checkpoints\": [{\"id\": \"c\", \"misconception\": \"m\", \"question\": \"q\","
                                + " \"answer\": \"a\", \"exercise\": \"nope\"}]}\n");
        LessonFiles files = new LessonFiles(root).lesson("01-first", null, null, exercises, null);

        assertThatThrownBy(files::load).hasMessageContaining("$.checkpoints[0].exercise: no exercise with id nope");
    }

    // When a checkpoint names a section, an exercise and a scenario, then the lesson lists it after that section.
    @Test
    void load_checkpointFollowsItsSection() throws LessonFormatException {
        String exercises = LessonFiles.exercises(LessonFiles.LANE_EXERCISE)
                .replace(
                        "]}\n",
                        "], \"checkpoints\": [{\"id\": \"c\", \"misconception\": \"m\", \"question\": \"q\","
                                + " \"answer\": \"a\", \"section\": \"Two\", \"exercise\": \"lane\", \"scenario\":"
                                + " \"s\"}]}\n");
        Lesson lesson = new LessonFiles(root)
                .lesson("01-first", null, null, exercises, null)
                .load()
                .lesson(1)
                .orElseThrow();

        assertThat(lesson.checkpointsAfter("Two")).extracting(Checkpoint::id).containsExactly("c");
        assertThat(lesson.checkpointsAfter("One")).isEmpty();
    }

    // If a stored answer is not what the engine computes, then verify reports the exercise and both answers.
    @Test
    void verify_wrongStoredAnswer_isReported() throws LessonFormatException {
        LessonCatalog catalog = new LessonFiles(root)
                .lessonWithExercises(
                        LessonFiles.LANE_EXERCISE.replace("\"answer\": \"errback\"", "\"answer\": \"callback\""))
                .load();

        assertThat(catalog.verify())
                .containsExactly("01/lane: the stored answer is 'callback' but the engine says 'errback'");
    }

    // If the choices do not include the engine's answer, then verify reports it.
    @Test
    void verify_choicesWithoutAnswer_isReported() throws LessonFormatException {
        LessonCatalog catalog = new LessonFiles(root)
                .lessonWithExercises(LessonFiles.LANE_EXERCISE.replace(
                        "\"hints\"", "\"choices\": [\"callback\", \"none\"], \"hints\""))
                .load();

        assertThat(catalog.verify()).singleElement().asString().contains("no choice is the engine's answer 'errback'");
    }

    // If targeted feedback is written for the right answer, then verify reports it.
    @Test
    void verify_feedbackForRightAnswer_isReported() throws LessonFormatException {
        LessonCatalog catalog = new LessonFiles(root)
                .lessonWithExercises(
                        LessonFiles.LANE_EXERCISE.replace("\"hints\"", "\"feedback\": {\"eb\": \"no\"}, \"hints\""))
                .load();

        assertThat(catalog.verify())
                .singleElement()
                .asString()
                .contains("feedback for 'eb', which is the right answer");
    }

    // If a build exercise's sample chain misses its goal, then verify reports what it misses.
    @Test
    void verify_buildSampleMissingGoal_isReported() throws LessonFormatException {
        String build = "{\"id\": \"b\", \"kind\": \"build\", \"scenario\": \"s\", \"deferred\": \"d\", \"prompt\":"
                + " \"Build.\", \"answer\": \"r x p\", \"goal\": {\"value\": \"y\"}, \"hints\": [\"h\"],"
                + " \"explanation\": \"e\"}";
        LessonCatalog catalog = new LessonFiles(root).lessonWithExercises(build).load();

        assertThat(catalog.verify())
                .containsExactly("01/b: the stored chain misses the goal: `d` ends holding `x`, not `y`.");
    }

    /** A fix-line exercise on a generator: steps in its fixes are read as a scenario's {@code inline} array has them. */
    private static final String GENERATOR = "{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
            + " {\"name\": \"g\", \"inline\": [\"yield a\", \"return ok\"]},"
            + " {\"name\": \"a\", \"fire\": {\"method\": \"errback\", \"value\": \"bad\", \"after\": 1}}]}";

    private static String generatorFix(String fix) {
        return "{\"id\": \"f\", \"kind\": \"fix-line\", \"scenario\": \"s\", \"prompt\": \"Fix it.\","
                + " \"goal\": {\"deferred\": \"g\", \"value\": \"ok\", \"recovers\": \"bad\"},"
                + " \"fixes\": [" + fix + "], \"answer\": \"8: yield a catch\", \"hints\": [\"h\"],"
                + " \"explanation\": \"e\"}";
    }

    // If a fix-line exercise's fix changes a generator's step, then the build runs it and the stored answer meets the
    // goal.
    @Test
    void verify_fixOfAGeneratorsStep_meetsTheGoal() throws LessonFormatException {
        LessonCatalog catalog = new LessonFiles(root)
                .lesson(
                        "01-first",
                        null,
                        null,
                        LessonFiles.exercises(
                                generatorFix("{\"deferred\": \"g\", \"step\": 0, \"to\": \"yield a catch\"}")),
                        GENERATOR)
                .load();

        assertThat(catalog.verify()).isEmpty();
    }

    // If a fix's step cannot be read, then loading fails at the fix, saying what a generator's line takes.
    @Test
    void load_fixWithAnUnreadableStep_namesPlace() {
        LessonFiles files = new LessonFiles(root)
                .lesson(
                        "01-first",
                        null,
                        null,
                        LessonFiles.exercises(generatorFix("{\"deferred\": \"g\", \"step\": 0, \"to\": \"yeld a\"}")),
                        GENERATOR);

        assertThatThrownBy(files::load)
                .hasMessageStartingWith("01-first/exercises.json: 2:")
                .hasMessageContaining("A generator's line takes one step")
                .hasMessageContaining("not 'yeld'");
    }

    // If a fix names a step the generator does not have, then loading fails saying how many steps there are.
    @Test
    void load_fixOfAStepPastTheGenerator_fails() {
        LessonFiles files = new LessonFiles(root)
                .lesson(
                        "01-first",
                        null,
                        null,
                        LessonFiles.exercises(generatorFix("{\"deferred\": \"g\", \"step\": 5, \"delete\": true}")),
                        GENERATOR);

        assertThatThrownBy(files::load).hasMessageContaining("g's generator has 2 steps, so there is no step 5");
    }
}
