package deferredsim.cli.repl;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;

/** Runs scenarios for the prompt's views: {@link #SIMULATION} in use, a failing one in tests. */
@FunctionalInterface
interface Engine {
    /** The engine of the simulator. */
    Engine SIMULATION = Simulation::run;

    /** The recording of {@code scenario}'s run; may throw whatever the engine throws. */
    Recording run(Scenario scenario);
}
