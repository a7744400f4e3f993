package deferredsim.core.testing;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every scenario file the project ships that its reader accepts, in either format: the examples,
 * the lessons' scenarios and the core's test scenarios (the conformance corpus among them). Files
 * that are meant to be rejected are left out.
 */
public final class ShippedScenarios {
    private static final List<String> FOLDERS =
            List.of("examples", "lessons/src/main/resources", "simulator-core/src/test/resources");

    private ShippedScenarios() {}

    /** The project's root folder (tests run in a module folder). */
    public static Path projectRoot() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    /** The valid scenario files, sorted by path. */
    public static List<Path> all() {
        Path root = projectRoot();
        try (Stream<Path> files = FOLDERS.stream().map(root::resolve).flatMap(ShippedScenarios::walk)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .filter(ShippedScenarios::isValidScenario)
                    .sorted()
                    .toList();
        }
    }

    /** True when {@code json} declares {@code reactor-scenario/…}, false for a Deferred scenario. */
    public static boolean isReactor(String json) {
        return ReactorScenarioReader.declaresReactorFormat(json);
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean isValidScenario(Path file) {
        try {
            String json = Files.readString(file);
            if (isReactor(json)) {
                ReactorScenarioReader.read(json);
                return true;
            }
            if (!json.contains("\"" + ScenarioReader.FORMAT + "\"")) {
                return false;
            }
            ScenarioReader.read(json);
            return true;
        } catch (IOException | ScenarioException notOne) {
            return false;
        }
    }
}
