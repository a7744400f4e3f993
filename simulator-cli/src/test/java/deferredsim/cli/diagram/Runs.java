package deferredsim.cli.diagram;

import deferredsim.cli.text.StyledLine;
import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.TraceCorpus;
import deferredsim.core.time.Time;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Scenarios and their recordings for the diagram tests: the trace corpus, JSON text, built chains. */
final class Runs {
    private Runs() {}

    /** A scenario, its recording, and a name for test reports. */
    record Run(String name, Scenario scenario, Recording recording) {
        @Override
        public String toString() {
            return name;
        }

        ScenarioDiagram diagram() {
            return ScenarioDiagram.of(scenario, recording);
        }

        Stepper stepper() {
            return Stepper.of(scenario, recording);
        }

        Timeline timeline() {
            return Timeline.of(scenario, recording);
        }

        Scene scene() {
            return Scene.of(scenario, recording);
        }
    }

    /** Every scenario of the conformance trace corpus, in name order. */
    static Stream<Run> corpus() {
        try (Stream<Path> files = Files.list(TraceCorpus.directory())) {
            return files
                    .filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList()
                    .stream()
                    .map(Runs::run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus scenario {@code NAME.json}. */
    static Run corpus(String name) {
        return run(TraceCorpus.directory().resolve(name + ".json"));
    }

    /** The scenario written as {@code json}. */
    static Run json(String name, String json) {
        try {
            Scenario scenario = ScenarioReader.read(json);
            return new Run(name, scenario, Simulation.run(scenario));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** One deferred with {@code stages} pairs cycling return / raise / passthru, fired at time 0. */
    static Run mixedChain(int stages) {
        List<PairSpec> chain = new ArrayList<>(stages);
        for (int i = 0; i < stages; i++) {
            chain.add(
                    i % 3 == 0
                            ? new PairSpec(new MemberSpec.Return("ok"), MemberSpec.passthru())
                            : i % 3 == 1
                                    ? new PairSpec(new MemberSpec.Fail("bad"), new MemberSpec.Return("fixed"))
                                    : new PairSpec(MemberSpec.passthru(), new MemberSpec.Fail("again")));
        }
        Optional<FireSpec> fire = Optional.of(new FireSpec(FireMethod.CALLBACK, "go", Time.ZERO));
        try {
            Scenario scenario =
                    Scenario.of(List.of(new DeferredSpec.Plain("d", chain, fire, Optional.empty())), List.of());
            return new Run("mixed chain of " + stages, scenario, Simulation.run(scenario));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts that {@code actual} is the golden text {@code diagram/FILE}. With {@code
     * -Dgolden.update=true} it rewrites the file in the source tree instead (review the diff, and
     * say why in the commit).
     */
    static void assertGolden(List<String> actual, String file) {
        if (Boolean.getBoolean("golden.update")) {
            try {
                Path source = Path.of("src/test/resources/diagram", file);
                Files.writeString(source, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        org.assertj.core.api.Assertions.assertThat(actual)
                .as("golden diagram/" + file)
                .isEqualTo(golden(file));
    }

    /** The golden text {@code diagram/FILE}, one string per line. */
    static List<String> golden(String file) {
        try (InputStream in = Runs.class.getResourceAsStream("/diagram/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file diagram/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain text of each line. */
    static List<String> texts(List<StyledLine> lines) {
        return lines.stream().map(StyledLine::text).toList();
    }

    private static Run run(Path file) {
        try {
            Scenario scenario = ScenarioReader.read(file);
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            return new Run(name, scenario, Simulation.run(scenario));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }
}
