package deferredsim.bench;

import deferredsim.cli.diagram.Stepper;
import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import deferredsim.gui.lanes.LaneIndex;
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
 * What the views cost on a 100,000-stage chain (the timings the unit tests used to assert): the
 * terminal's step view moving back one event and drawing a 120×40 frame, against drawing the frame
 * alone; and the window's lane index built from the recording, against the run that made it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(1)
public class ViewsBenchmark {
    private Scenario scenario;
    private Recording recording;
    private Stepper stepper;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = Chains.mixedChain(100_000);
        recording = Simulation.run(scenario);
        stepper = Stepper.of(scenario, recording);
        stepper.last();
    }

    /** Baseline of the step view: the current frame drawn again, without moving. */
    @Benchmark
    public Object frameOnly() {
        return stepper.frame(120, 40);
    }

    /** One step back (to the end again from the start) and its frame. */
    @Benchmark
    public Object backAndFrame() {
        if (!stepper.back()) {
            stepper.last();
        }
        return stepper.frame(120, 40);
    }

    /** Baseline of the lane index: the simulation run whose recording it indexes. */
    @Benchmark
    public Recording simulate() {
        return Simulation.run(scenario);
    }

    /** The window's lane index of the whole run, with the reading it is built from. */
    @Benchmark
    public LaneIndex laneIndex() {
        return LaneIndex.of(scenario, Reading.of(recording));
    }
}
