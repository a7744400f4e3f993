package deferredsim.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.engine.Simulation;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.scenario.ScenarioWriter;
import deferredsim.core.testing.Fuzz;
import deferredsim.core.testing.ScenarioGenerators;
import deferredsim.core.testing.TraceCorpus;
import deferredsim.core.trace.TraceWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The deferred-scenario/1 reader on random and mutated input. */
class ScenarioReaderFuzzTest {
    /**
     * If a corpus scenario is mutated (hostile numbers, strings, whitespace, nesting, cuts), then it
     * is either accepted, simulated and written back to the same scenario, or rejected with its
     * line, column and JSON path; within the time budget.
     */
    @Test
    void read_mutatedCorpus_acceptsOrPlacesTheRejection() {
        check("deferred-scenario mutated", Fuzz.mutated(Fuzz.texts(TraceCorpus.directory(), ".json")), 1500);
    }

    /**
     * If a random valid scenario (odd names, float times, every kind of deferred) is written and
     * then mutated, then it is accepted and simulated, or rejected with its place.
     */
    @Test
    void read_mutatedRandomScenarios_acceptsOrPlacesTheRejection() {
        check(
                "deferred-scenario random mutated",
                Fuzz.mutated(ScenarioGenerators.scenarios().map(ScenarioWriter::write)),
                1500);
    }

    /** If the input is any text at all, then it is accepted or rejected with its place; nothing else escapes. */
    @Test
    void read_anyText_acceptsOrPlacesTheRejection() {
        check("deferred-scenario any text", Fuzz.anyText(), 1500);
    }

    private static void check(String name, Gen<String> inputs, int quick) {
        AtomicLong tried = new AtomicLong();
        qt().withFixedSeed(Fuzz.seed())
                .withExamples(Fuzz.examples(quick))
                .forAll(inputs)
                .checkAssert(text -> Fuzz.withinBudget(text, () -> {
                    tried.incrementAndGet();
                    try {
                        Scenario scenario = ScenarioReader.read(text);
                        TraceWriter.lines(Simulation.run(scenario));
                        assertThat(ScenarioReader.read(ScenarioWriter.write(scenario)))
                                .isEqualTo(scenario);
                    } catch (ScenarioException rejected) {
                        Fuzz.assertPlaced(rejected);
                    }
                }));
        Fuzz.report(name, tried);
    }
}
