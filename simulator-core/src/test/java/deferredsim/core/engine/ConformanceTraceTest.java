package deferredsim.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.TraceCorpus;
import deferredsim.core.trace.TraceWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario of the conformance corpus (traces real Twisted 22.4 produced) and of the
 * project's own regression scenarios gives exactly the expected trace, line for line.
 */
class ConformanceTraceTest {
    static Stream<Path> cases() throws Exception {
        List<Path> all = new ArrayList<>(TraceCorpus.scenarios());
        all.addAll(regressionScenarios());
        return all.stream();
    }

    private static List<Path> regressionScenarios() throws java.io.IOException {
        Path dir = TraceCorpus.resourceDirectory("/scenarios");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** When a corpus scenario runs, its trace equals the one Twisted produced, line for line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void run_givesTwistedsTrace(Path scenario) throws Exception {
        List<String> expected = Files.readAllLines(TraceCorpus.traceOf(scenario));
        List<String> actual = TraceWriter.lines(Simulation.run(ScenarioReader.read(scenario)));
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
