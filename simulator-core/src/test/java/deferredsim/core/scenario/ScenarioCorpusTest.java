package deferredsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.testing.TraceCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The conformance corpus's scenarios against the reader and the writer. */
class ScenarioCorpusTest {

    static List<Path> corpus() {
        return TraceCorpus.scenarios();
    }

    // When the corpus is on the class path, then it holds all 140 scenarios, each with its expected trace.
    @Test
    void corpus_holdsEveryScenarioWithItsTrace() {
        assertThat(corpus())
                .hasSize(140)
                .allSatisfy(file -> assertThat(TraceCorpus.traceOf(file)).isRegularFile());
    }

    // If a corpus scenario is read, then it is accepted.
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void read_acceptsEveryCorpusScenario(Path file) throws ScenarioException {
        assertThat(ScenarioReader.read(file).deferreds()).isNotEmpty();
    }

    // If a corpus scenario is written and read back, then the result equals what was read from the file.
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void write_roundTripsEveryCorpusScenario(Path file) throws ScenarioException {
        Scenario scenario = ScenarioReader.read(file);

        assertThat(ScenarioReader.read(ScenarioWriter.write(scenario))).isEqualTo(scenario);
    }

    // If a corpus file already uses the writer's canonical words, then the writer reproduces it byte for byte.
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "chain-contract-example.json", "chain-errback-recovers.json", "gather-results-success.json",
                "inline-yields-list-and-inline.json", "list-all-options.json", "random-012.json"
            })
    void write_reproducesCanonicalCorpusFilesExactly(String name) throws Exception {
        Path file = TraceCorpus.directory().resolve(name);

        assertThat(ScenarioWriter.write(ScenarioReader.read(file))).isEqualTo(Files.readString(file));
    }
}
