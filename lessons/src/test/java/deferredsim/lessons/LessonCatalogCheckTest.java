package deferredsim.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.lessons.internal.LessonReader;
import deferredsim.lessons.internal.LessonSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build's lesson check: every bundled lesson loads, and every exercise's stored answer is what
 * the engine computes. A broken lesson fails {@code mvn verify} here.
 */
class LessonCatalogCheckTest {
    private static final Path SOURCES = Path.of("src", "main", "resources", "lessons");
    private static LessonCatalog catalog;

    @BeforeAll
    static void load() throws LessonFormatException {
        catalog = LessonCatalog.load();
    }

    // If any stored answer differs from what the engine computes, then the build fails with every such exercise listed.
    @Test
    void verify_everyStoredAnswerAgreesWithTheEngine() {
        assertThat(catalog.verify()).isEmpty();
    }

    // When a learner types each stored answer, then the checker calls it correct.
    @Test
    void check_storedAnswerIsCorrect() {
        for (Lesson lesson : catalog.lessons()) {
            for (Exercise exercise : lesson.exercises()) {
                assertThat(exercise.check(exercise.storedAnswer()).isCorrect())
                        .as(exercise.key())
                        .isTrue();
            }
        }
    }

    // If the lessons directory holds a lesson that the index does not list, then the build fails naming it.
    @Test
    void index_listsEveryLessonDirectory() throws IOException, LessonFormatException {
        List<String> listed = LessonReader.indexOf(LessonSource.directory(SOURCES));
        try (Stream<Path> entries = Files.list(SOURCES)) {
            List<String> directories = entries.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .collect(Collectors.toList());
            assertThat(listed).containsExactlyElementsOf(directories);
        }
    }

    // When the catalog is loaded, then it holds all 19 lessons, numbered after their Parts, in order.
    @Test
    void load_holdsEveryPartInOrder() {
        List<Integer> expected = IntStream.rangeClosed(1, 19).boxed().collect(Collectors.toList());
        assertThat(catalog.lessons()).extracting(Lesson::number).containsExactlyElementsOf(expected);
    }

    // When a lesson teaches one of the reactor Parts 1 to 6 or 8, then it offers reactor scenarios and checks reactor
    // exercises.
    @Test
    void reactorLessons_useReactorScenarios() {
        for (Lesson lesson : catalog.lessons()) {
            if (lesson.number() <= 6 || lesson.number() == 8) {
                assertThat(lesson.scenarios())
                        .as(lesson.slug())
                        .anySatisfy(s -> assertThat(s).isInstanceOf(ReactorScenario.class));
                assertThat(lesson.exercises().stream()
                                .filter(e -> e.scenario() instanceof ReactorScenario)
                                .count())
                        .as(lesson.slug())
                        .isGreaterThanOrEqualTo(3);
            }
        }
    }

    // When a lesson is complete, then it has objectives, several sections, a scenario, three or more exercises and a
    // checkpoint.
    @Test
    void lessons_areComplete() {
        for (Lesson lesson : catalog.lessons()) {
            assertThat(lesson.objectives()).as(lesson.slug()).isNotEmpty();
            assertThat(lesson.sections()).as(lesson.slug()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(lesson.scenarios()).as(lesson.slug()).isNotEmpty();
            assertThat(lesson.exercises()).as(lesson.slug()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(lesson.checkpoints()).as(lesson.slug()).isNotEmpty();
        }
    }

    // When a lesson offers a scenario, then an exercise or a checkpoint uses it or the text names it.
    @Test
    void scenarios_areAllUsed() {
        for (Lesson lesson : catalog.lessons()) {
            String text = lesson.markdown();
            for (LessonScenario scenario : lesson.scenarios()) {
                boolean used = lesson.exercises().stream()
                                .anyMatch(e -> e.scenario().name().equals(scenario.name()))
                        || lesson.checkpoints().stream()
                                .anyMatch(c -> c.scenario()
                                        .filter(scenario.name()::equals)
                                        .isPresent())
                        || text.contains("`" + scenario.name() + "`");
                assertThat(used).as(lesson.slug() + " " + scenario.name()).isTrue();
            }
        }
    }
}
