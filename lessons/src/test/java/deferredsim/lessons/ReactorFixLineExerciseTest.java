package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Find-the-bug exercises on reactor programs: the program is shown as a Twisted module, the learner
 * writes a line number and a Python line, and the checker runs the changed program against the
 * goal. Right answers (any that meets the goal), plausible wrong ones and malformed ones.
 */
class ReactorFixLineExerciseTest {
    /** The reactor lessons' code exercises, each with a wrong answer a learner could well give. */
    private static final Map<String, String> PLAUSIBLY_WRONG = Map.of(
            "01/tasks-code-fix", "24",
            "02/downloads-code-fix", "63",
            "03/two-counters-fix", "39",
            "04/deadline-fix", "8",
            "05/dead-address-fix", "75: get_poetry(\"127.0.0.1\", 10004, got_poem, got_poem)",
            "06/errback-wired-fix", "73: get_poetry(\"127.0.0.1\", 10004, poem_failed, got_poem)",
            "08/report-wired-fix", "61: d.addCallback(report, \"127.0.0.1\", \"10004\")");

    private static LessonCatalog catalog;

    @BeforeAll
    static void load() throws LessonFormatException {
        catalog = LessonCatalog.load();
    }

    private static Exercise exercise(String key) {
        return catalog.exercise(key).orElseThrow(() -> new AssertionError("no exercise " + key));
    }

    // If a lesson teaches one of the reactor Parts 1 to 6 or 8, then it has a code exercise on a reactor program.
    @Test
    void reactorLessons_eachHaveACodeExercise() {
        for (int number : List.of(1, 2, 3, 4, 5, 6, 8)) {
            Lesson lesson = catalog.lesson(number).orElseThrow();
            assertThat(lesson.exercises()).as(lesson.slug()).anySatisfy(e -> {
                assertThat(e.kind()).isEqualTo(ExerciseKind.FIX_LINE);
                assertThat(e.scenario()).isInstanceOf(ReactorScenario.class);
                assertThat(e.code()).anyMatch(line -> line.contains("reactor.run()"));
            });
        }
    }

    // If a code exercise is answered with its stored answer, then it is right; with the plausible wrong answer, it
    // is wrong, and the first try neither gives the right line nor the explanation.
    @Test
    void storedAnswers_areRightAndPlausibleWrongOnesAreNot() {
        PLAUSIBLY_WRONG.forEach((key, wrong) -> {
            Exercise exercise = exercise(key);
            assertThat(exercise.verifyStoredAnswer()).as(key).isEmpty();
            assertThat(exercise.check(exercise.storedAnswer()).isCorrect())
                    .as(key)
                    .isTrue();

            Verdict verdict = exercise.check(wrong);

            assertThat(verdict.status()).as(key + " " + wrong).isEqualTo(Verdict.Status.INCORRECT);
            assertThat(verdict.firstTry()).as(key).doesNotContain(exercise.explanation());
            assertThat(verdict.firstTry()).as(key).doesNotContain(exercise.storedAnswer());
            assertThat(verdict.explanation()).as(key).contains(exercise.explanation());
            assertThat(verdict.where()).as(key).isPresent();
        });
    }

    // If a code line is taken out with a bare number, with pass, or with delete, then all three mean the same.
    @Test
    void takingALineOut_bareNumberPassAndDeleteAgree() {
        Exercise exercise = exercise("01/tasks-code-fix");

        assertThat(exercise.check("26").isCorrect()).isTrue();
        assertThat(exercise.check("26: pass").isCorrect()).isTrue();
        assertThat(exercise.check("line 26: delete").isCorrect()).isTrue();
        assertThat(exercise.check("26").explanation()).contains("with that line taken out");
    }

    // If another line than the stored one meets the goal, then it is right too: the run is judged, not the text.
    @Test
    void anyWorkingFix_isRight() {
        Exercise downloads = exercise("02/downloads-code-fix");
        Exercise report = exercise("08/report-wired-fix");

        assertThat(downloads
                        .check("62: get_poetry('127.0.0.1', 10002, got_poem)")
                        .isCorrect())
                .isTrue();
        assertThat(report.check("61: d.addBoth(report, 'localhost', '10004')").isCorrect())
                .isTrue();
    }

    // If the wrong line is changed, then the verdict says what the run misses of the goal, in the goal's terms.
    @Test
    void wrongAnswer_tellsWhatTheRunMisses() {
        Exercise counters = exercise("03/two-counters-fix");

        Verdict takenOut = counters.check("39");
        Verdict stoppedTooSoon = counters.check("47: pass");

        assertThat(takenOut.firstTry()).contains("Nothing stops the reactor", "waits for ever");
        assertThat(stoppedTooSoon.firstTry()).contains("The reactor is stopped at t=3, not at t=5.");
    }

    // If the answer does not read (no line number, Python that does not parse, a name the program does not have,
    // a line that holds no statement), then it is unreadable with a message that says why and how to write one.
    @Test
    void malformedAnswers_getAClearMessage() {
        Exercise exercise = exercise("04/deadline-fix");

        assertThat(exercise.check("deadline.cancel()").status()).isEqualTo(Verdict.Status.UNREADABLE);
        assertThat(exercise.check("deadline.cancel()").explanation())
                .startsWith("Start with the number of the line to change.")
                .contains("12: reactor.callLater(1, tick)");
        assertThat(exercise.check("8: deadline.cancel(").explanation())
                .startsWith("At column 17 of your line: expected ')' to close the call that starts at column 1.");
        assertThat(exercise.check("8: dedline.cancel()").explanation())
                .contains("The program does not read with that line", "'dedline' is not defined");
        assertThat(exercise.check("3: pass").explanation()).contains("Line 3 is not a statement of the program");
        assertThat(exercise.check("99: pass").explanation()).startsWith("The code has lines 1 to 20.");
        assertThat(exercise.check("8: deadline.cancel() extra").explanation())
                .contains("expected the end of the line, not 'extra'");
    }

    // If a wrong answer's run is read, then its events come from the changed program: the verdict's recording is
    // the changed run, not the scenario's own.
    @Test
    void wrongAnswer_showsTheChangedRun() {
        Exercise exercise = exercise("04/deadline-fix");

        Verdict verdict = exercise.check("8");

        assertThat(verdict.recording().events())
                .isNotEqualTo(exercise.scenario().recording().events());
        assertThat(verdict.firstTry()).contains("no poem in time: giving up");
    }

    // If a lesson's reactor scenario has a program, then its code is the Twisted module the code exercise shows,
    // with the line of its events; if it has none (Part 1's execution models), then it has no code.
    @Test
    void reactorScenarioCode_isTheModuleTheExerciseShows() {
        Exercise exercise = exercise("04/deadline-fix");
        LessonScenario withProgram = exercise.scenario();

        deferredsim.core.code.CodeListing code = withProgram.code().orElseThrow();

        List<String> shown = exercise.code().stream()
                .map(line -> line.replaceFirst("^ *[0-9]+  ", ""))
                .toList();
        assertThat(code.files().get(0).lines()).isEqualTo(shown);
        List<Integer> lines = java.util.stream.IntStream.range(
                        0, withProgram.recording().events().size())
                .mapToObj(code::lineOf)
                .flatMap(java.util.Optional::stream)
                .map(deferredsim.core.code.SourceLine::line)
                .toList();
        assertThat(lines)
                .as("the lines of the run's events")
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).isBetween(1, shown.size()));
        LessonScenario models = catalog.lesson(1).orElseThrow().scenarios().get(0);
        assertThat(((ReactorScenario) models).scenario().program()).isEmpty();
        assertThat(models.code()).isEmpty();
    }
}
