package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import deferredsim.core.code.CodeListing;
import deferredsim.core.program.ProgramRecorder;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.program.PythonFinder;
import deferredsim.core.testing.TwistedPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recordings of real programs that lessons keep as data: each sits beside the program it was
 * recorded from ({@code NAME.json} and {@code NAME.py} in the lesson's directory), holds that
 * program's source, and is what the program does under real Twisted. Re-recording needs Python 3
 * with Twisted; without it, or with another Twisted version than the one recorded, that test is
 * skipped with a message (the build log shows it) rather than passed.
 */
class LessonRecordingsTest {
    private static LessonCatalog catalog;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws LessonFormatException {
        catalog = LessonCatalog.load();
    }

    private record Stored(Lesson lesson, RecordedScenario scenario) {
        String program() {
            return scenario.file().replaceFirst("\\.json$", ".py");
        }

        String label() {
            return lesson.number() + " " + scenario.name();
        }
    }

    private static List<Stored> stored() {
        List<Stored> stored = new ArrayList<>();
        for (Lesson lesson : catalog.lessons()) {
            for (LessonScenario scenario : lesson.scenarios()) {
                if (scenario instanceof RecordedScenario recorded) {
                    stored.add(new Stored(lesson, recorded));
                }
            }
        }
        return stored;
    }

    private static String resource(Lesson lesson, String file) throws IOException {
        String path = "lessons/" + lesson.slug() + "/" + file;
        try (InputStream in = LessonRecordingsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("%s on the class path", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // The issue asks for Part 10's errback and Part 19's cancellers from real programs, each with exercises on them.
    @Test
    void lessons10And19_showARecordedProgramWithExercisesOnIt() {
        for (int number : new int[] {10, 19}) {
            Lesson lesson = catalog.lesson(number).orElseThrow();
            List<String> recorded = lesson.scenarios().stream()
                    .filter(s -> s instanceof RecordedScenario)
                    .map(LessonScenario::name)
                    .toList();
            assertThat(recorded).as("lesson %d's recorded scenarios", number).isNotEmpty();
            assertThat(lesson.exercises())
                    .as("lesson %d's exercises", number)
                    .anySatisfy(e -> assertThat(recorded).contains(e.scenario().name()));
            assertThat(lesson.exercises())
                    .as("lesson %d's exercises on code", number)
                    .anySatisfy(e -> assertThat(e.code()).isNotEmpty());
        }
    }

    // A stored recording holds its program's source as the file beside it has it, and the run ended by itself on a
    // task.Clock (so its times are the clock's, the same at every run), under the Twisted the lessons teach.
    @TestFactory
    Stream<DynamicTest> everyRecording_holdsTheProgramBesideItAndEndedCleanlyOnAClock() {
        return stored().stream()
                .map(s -> DynamicTest.dynamicTest(s.label(), () -> {
                    ProgramRun run = s.scenario().program();
                    String source = resource(s.lesson(), s.program());
                    assertThat(run.code().files().get(0).path()).isEqualTo(s.program());
                    assertThat(String.join("\n", run.code().files().get(0).lines()))
                            .isEqualTo(source.stripTrailing());
                    assertThat(run.program().script()).isEqualTo(s.program());
                    assertThat(run.program().twisted()).isEqualTo("22.4.0");
                    assertThat(run.program().virtualClock()).isTrue();
                    assertThat(run.ending().complete()).isTrue();
                    assertThat(run.ending().status()).isZero();
                }));
    }

    // If the program beside a stored recording is recorded again under real Twisted, then it does exactly what the
    // stored recording says: the same events at the same clock times on the same lines, the same output. So the
    // lesson's data cannot drift from its program, or from Twisted.
    @TestFactory
    Stream<DynamicTest> everyRecording_isWhatItsProgramDoesUnderTwisted() {
        return stored().stream()
                .map(s -> DynamicTest.dynamicTest(s.label(), () -> {
                    ProgramRun stored = s.scenario().program();
                    PythonFinder.Found python = TwistedPython.require();
                    assumeTrue(
                            python.twisted().equals(stored.program().twisted()),
                            "SKIPPED: " + s.scenario().file() + " was recorded under Twisted "
                                    + stored.program().twisted()
                                    + "; " + python.command() + " has Twisted " + python.twisted()
                                    + ", so recording it again here would not say whether it drifted");
                    ProgramRun fresh = TwistedPython.record(
                            dir,
                            s.program(),
                            resource(s.lesson(), s.program()),
                            Duration.ofSeconds(60),
                            ProgramRecorder.DEFAULT_MAX_EVENTS);

                    assertThat(fresh.recording().events())
                            .isEqualTo(stored.recording().events());
                    assertThat(fresh.output()).isEqualTo(stored.output());
                    assertThat(fresh.ending().how()).isEqualTo(stored.ending().how());
                    assertThat(fresh.ending().status())
                            .isEqualTo(stored.ending().status());
                    assertThat(fresh.cast()).isEqualTo(stored.cast());
                    assertSameLines(fresh.code(), stored.code());
                }));
    }

    private static void assertSameLines(CodeListing fresh, CodeListing stored) {
        assertThat(fresh.files()).isEqualTo(stored.files());
        assertThat(fresh.size()).isEqualTo(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            assertThat(fresh.lineOf(i)).as("the line of event %d", i).isEqualTo(stored.lineOf(i));
        }
    }
}
