package deferredsim.core.fuzz;

import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.testing.Fuzz;
import deferredsim.core.testing.TraceCorpus;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The reactor-scenario/1 reader on random and mutated input. */
class ReactorScenarioReaderFuzzTest {
    /**
     * If an example reactor scenario is mutated, then it is either accepted or rejected with its
     * line, column and JSON path; within the time budget.
     */
    @Test
    void read_mutatedExamples_acceptsOrPlacesTheRejection() {
        check("reactor-scenario mutated", Fuzz.mutated(Fuzz.texts(TraceCorpus.resourceDirectory("/reactor"), ".json")));
    }

    /** If the input is any text at all, then it is accepted or rejected with its place; nothing else escapes. */
    @Test
    void read_anyText_acceptsOrPlacesTheRejection() {
        check("reactor-scenario any text", Fuzz.anyText());
    }

    private static void check(String name, Gen<String> inputs) {
        AtomicLong tried = new AtomicLong();
        qt().withFixedSeed(Fuzz.seed())
                .withExamples(Fuzz.examples(1000))
                .forAll(inputs)
                .checkAssert(text -> Fuzz.withinBudget(text, () -> {
                    tried.incrementAndGet();
                    try {
                        deferredsim.core.reactor.scenario.ReactorSimulation.run(ReactorScenarioReader.read(text));
                    } catch (ScenarioException rejected) {
                        Fuzz.assertPlaced(rejected);
                    }
                }));
        Fuzz.report(name, tried);
    }
}
