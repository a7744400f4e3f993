package deferredsim.lessons.golden;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Every reactor scenario in the repository: the Part 1–8 self-checks in {@code examples/reactor}
 * and every lesson's reactor scenario, found by their {@code format}.
 */
final class ReactorScenarioFiles {
    /** The repository's root (tests run in the lessons module's folder). */
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    /** The Part 1–8 self-checks. */
    static final Path EXAMPLES = PROJECT.resolve("examples/reactor");
    /** The lessons, each with its scenarios. */
    static final Path LESSONS = Path.of("src", "main", "resources", "lessons");

    private ReactorScenarioFiles() {}

    /** The reactor scenarios under {@code root}, sorted by path. */
    static Stream<Path> reactorScenarios(Path root) {
        return files(root, ".json").filter(ReactorScenarioReader::declaresReactorFormat);
    }

    /** Every reactor scenario of the examples and the lessons. */
    static Stream<Path> all() {
        return Stream.concat(reactorScenarios(EXAMPLES), reactorScenarios(LESSONS));
    }

    /** The files under {@code root} whose names end with {@code suffix}, sorted by path. */
    static Stream<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
