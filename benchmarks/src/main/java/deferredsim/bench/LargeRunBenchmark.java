package deferredsim.bench;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole runs of the two stress scenarios: a 1,000,000-stage chain and 100,000 nested inner
 * deferreds (each waiting on the next, fired a second apart). Average time per run; run with
 * {@code -prof gc} for allocation, and see {@link PeakMemory} for peak heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xss4m"})
public class LargeRunBenchmark {
    private Scenario millionStages;
    private Scenario nested;
    private Scenario baseline;

    @Setup(Level.Trial)
    public void setUp() {
        millionStages = Chains.mixedChain(1_000_000);
        nested = Chains.nestedInner(100_000);
        baseline = Chains.mixedChain(1);
    }

    /** A one-stage scenario: the fixed cost of a run, for scale. */
    @Benchmark
    public Recording baselineOneStage() {
        return Simulation.runOnThisThread(baseline);
    }

    @Benchmark
    public Recording millionStageChain() {
        return Simulation.runOnThisThread(millionStages);
    }

    @Benchmark
    public Recording hundredThousandNestedInner() {
        return Simulation.runOnThisThread(nested);
    }
}
