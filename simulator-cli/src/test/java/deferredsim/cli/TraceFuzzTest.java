package deferredsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.scenario.ScenarioWriter;
import deferredsim.core.testing.Fuzz;
import deferredsim.core.testing.ScenarioGenerators;
import deferredsim.core.testing.TraceCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@code deferred-sim trace -} on mutated scenarios of both formats: exit 0 or 2, never a crash. */
class TraceFuzzTest {
    /**
     * If a mutated deferred or reactor scenario is piped to trace, then it exits 0 with a trace, or
     * 2 with one line on standard error naming standard input, the line and the column; never 1
     * (the simulator failing) and never an exception.
     */
    @Test
    void trace_mutatedScenarios_exitsZeroOrTwoWithAPlace() {
        List<String> seeds = new ArrayList<>(Fuzz.texts(TraceCorpus.directory(), ".json"));
        seeds.addAll(Fuzz.texts(TraceCorpus.resourceDirectory("/reactor"), ".json"));
        Gen<String> written = ScenarioGenerators.scenarios().map(ScenarioWriter::write);
        Gen<String> inputs =
                Generate.booleans().flatMap(corpus -> corpus ? Fuzz.mutated(seeds) : Fuzz.mutated(written));
        AtomicLong tried = new AtomicLong();
        qt().withFixedSeed(Fuzz.seed())
                .withExamples(Fuzz.examples(800))
                .forAll(inputs)
                .checkAssert(text -> Fuzz.withinBudget(text, () -> {
                    tried.incrementAndGet();
                    CliRun run = CliRun.of(text, "trace", "-");
                    assertThat(run.status()).as(run.err()).isIn(CommandLine.OK, CommandLine.USAGE);
                    if (run.status() == CommandLine.USAGE) {
                        assertThat(run.err()).matches("standard input:\\d+:\\d+: [^\\n]+\\n");
                        assertThat(run.out()).isEmpty();
                    } else {
                        assertThat(run.err()).isEmpty();
                    }
                }));
        Fuzz.report("trace -", tried);
    }
}
