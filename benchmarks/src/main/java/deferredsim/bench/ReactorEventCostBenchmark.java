package deferredsim.bench;

import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reactor model's cost per recorded event: whole runs of the {@link ReactorWorkloads}, counted
 * in events recorded per second (the {@code events} counter; its inverse is the cost of one
 * event). The baseline, {@link #baselineRecordOnly}, records the same number of small event records
 * with nothing simulated, in the same run.
 *
 * <p>The benchmark uses only the reactor API every version of the core has, so it also runs against
 * an older build: put that build's classes first on the class path (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReactorEventCostBenchmark {
    /** Which workload runs. */
    @Param({"poetry", "loop", "clients", "sleepers"})
    public String workload;

    private ReactorScenario scenario;
    private int eventsPerRun;

    /** Events recorded, reported per second next to the runs per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        /** Events recorded so far in this iteration. */
        public long events;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void clear() {
            events = 0;
        }
    }

    /** A small record standing for one event, for the baseline. */
    record Recorded(long time, String who, String what) {}

    @Setup(Level.Trial)
    public void setUp() throws ScenarioException {
        scenario = ReactorScenarioReader.read(ReactorWorkloads.json(workload));
        eventsPerRun = ReactorSimulation.run(scenario).size();
    }

    /** One whole run of the workload. */
    @Benchmark
    public Recording run(Events counter) {
        Recording recording = ReactorSimulation.run(scenario);
        counter.events += recording.size();
        return recording;
    }

    /** As many small records added to a list as the workload records events, and nothing else. */
    @Benchmark
    public List<Recorded> baselineRecordOnly(Events counter) {
        List<Recorded> events = new ArrayList<>();
        for (int i = 0; i < eventsPerRun; i++) {
            events.add(new Recorded(i, "program", "event"));
        }
        counter.events += eventsPerRun;
        return events;
    }
}
