package deferredsim.bench;

import deferredsim.core.engine.Callback;
import deferredsim.core.engine.Deferred;
import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stage throughput on a 200,000-stage chain mixing return, raise and passthru. Scores are stages
 * per second ({@link OperationsPerInvocation} = stages).
 *
 * <ul>
 *   <li>{@code baselineBareCallbacks}: the same 200,000 callbacks applied in a plain loop, with no
 *       Deferred at all: the floor the others are compared with.
 *   <li>{@code deferredApi}: a {@link Deferred} built with addCallbacks and fired (the engine).
 *   <li>{@code simulation}: the whole scenario run: building the world, recording every stage,
 *       the clock and the outcomes.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xss4m"})
public class ChainThroughputBenchmark {
    static final int STAGES = 200_000;

    private Scenario scenario;
    private Callback[] callbacks;
    private Callback[] errbacks;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = Chains.mixedChain(STAGES);
        callbacks = new Callback[STAGES];
        errbacks = new Callback[STAGES];
        Value ok = Value.text("ok");
        Value fixed = Value.text("fixed");
        Failure bad = Failure.raised("bad");
        Failure again = Failure.raised("again");
        for (int i = 0; i < STAGES; i++) {
            switch (i % 3) {
                case 0:
                    callbacks[i] = in -> ok;
                    errbacks[i] = Callback.PASSTHRU;
                    break;
                case 1:
                    callbacks[i] = in -> bad;
                    errbacks[i] = in -> fixed;
                    break;
                default:
                    callbacks[i] = Callback.PASSTHRU;
                    errbacks[i] = in -> again;
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(STAGES)
    public Object baselineBareCallbacks() {
        Value result = Value.text("go");
        for (int i = 0; i < STAGES; i++) {
            Callback member = result.isFailure() ? errbacks[i] : callbacks[i];
            result = (Value) member.call(result);
        }
        return result;
    }

    @Benchmark
    @OperationsPerInvocation(STAGES)
    public Object deferredApi() {
        Deferred d = Deferred.create("d");
        for (int i = 0; i < STAGES; i++) {
            d.addCallbacks(callbacks[i], errbacks[i]);
        }
        d.callback(Value.text("go"));
        return d.result();
    }

    @Benchmark
    @OperationsPerInvocation(STAGES)
    public Recording simulation() {
        return Simulation.runOnThisThread(scenario);
    }
}
