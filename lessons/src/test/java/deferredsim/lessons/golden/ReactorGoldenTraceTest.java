package deferredsim.lessons.golden;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.trace.TraceWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The trace of every reactor scenario in the repository (the Part 1–8 self-checks in {@code
 * examples/reactor} and every lesson's reactor scenario) is kept as a golden file under {@code
 * golden-reactor/}; these tests compare the reactor model's trace with it line for line, so a
 * change to the model that moves any event shows up here. To record a deliberate change, rewrite
 * the golden files with {@code ./deferred-sim trace FILE.json} and say why in the commit.
 */
class ReactorGoldenTraceTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden-reactor");
    private static final Path EXAMPLES = ReactorScenarioFiles.EXAMPLES;
    private static final Path LESSONS = ReactorScenarioFiles.LESSONS;

    /** When the scenario folders are read, then every reactor scenario has a golden trace and no golden trace is left over. */
    @Test
    void goldenFiles_matchTheReactorScenariosOneForOne() {
        List<String> scenarios = Stream.concat(
                        reactorScenarios(EXAMPLES).map(f -> "examples/" + stem(f.getFileName())),
                        reactorScenarios(LESSONS).map(f -> "lessons/" + stem(LESSONS.relativize(f))))
                .sorted()
                .toList();
        List<String> golden = files(GOLDEN, ".trace")
                .map(f -> stem(GOLDEN.relativize(f)))
                .sorted()
                .toList();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(70).isEqualTo(golden);
    }

    /** When each reactor example runs, then its trace equals its golden trace line for line. */
    @TestFactory
    Stream<DynamicTest> examples_traceAsRecorded() {
        return reactorScenarios(EXAMPLES)
                .map(f -> DynamicTest.dynamicTest(
                        f.getFileName().toString(),
                        () -> assertTraceIsGolden(
                                f, GOLDEN.resolve("examples").resolve(stem(f.getFileName()) + ".trace"))));
    }

    /** When each lesson's reactor scenario runs, then its trace equals its golden trace line for line. */
    @TestFactory
    Stream<DynamicTest> lessonScenarios_traceAsRecorded() {
        return reactorScenarios(LESSONS)
                .map(f -> DynamicTest.dynamicTest(
                        LESSONS.relativize(f).toString(),
                        () -> assertTraceIsGolden(
                                f, GOLDEN.resolve("lessons").resolve(stem(LESSONS.relativize(f)) + ".trace"))));
    }

    private static void assertTraceIsGolden(Path scenario, Path golden) throws Exception {
        String trace = TraceWriter.write(ReactorSimulation.run(ReactorScenarioReader.read(scenario)));
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        assertThat(trace.lines().toList()).as("trace of %s", scenario).containsExactlyElementsOf(expected);
    }

    private static Stream<Path> reactorScenarios(Path root) {
        return ReactorScenarioFiles.reactorScenarios(root);
    }

    private static Stream<Path> files(Path root, String suffix) {
        return ReactorScenarioFiles.files(root, suffix);
    }

    private static String stem(Path relative) {
        String text = relative.toString().replace('\\', '/');
        return text.substring(0, text.lastIndexOf('.'));
    }
}
