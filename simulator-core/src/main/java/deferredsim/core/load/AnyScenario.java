package deferredsim.core.load;

import deferredsim.core.engine.Simulation;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioDraft;
import deferredsim.core.scenario.ScenarioException;

/** A file the simulator opens, read in full and of one of its formats; {@link #recording()} gives its run. */
public sealed interface AnyScenario {
    /**
     * The run: simulated for scenarios, as recorded for a program.
     *
     * @throws ScenarioException for a draft that is not complete yet (the message says what is missing)
     */
    Recording recording() throws ScenarioException;

    /** A {@code deferred-scenario/1} file: deferreds, chains, fires and actions. */
    record Chain(Scenario scenario) implements AnyScenario {
        @Override
        public Recording recording() {
            return Simulation.run(scenario);
        }
    }

    /** A {@code deferred-scenario-draft/1} file: work in progress, run once it is complete. */
    record Draft(ScenarioDraft draft) implements AnyScenario {
        @Override
        public Recording recording() throws ScenarioException {
            return Simulation.run(draft.toScenario());
        }
    }

    /** A {@code reactor-scenario/1} file (Parts 1–8), with its JSON text (for share lines). */
    record Reactor(ReactorScenario scenario, String json) implements AnyScenario {
        @Override
        public Recording recording() {
            return ReactorSimulation.run(scenario);
        }
    }

    /** A recording of a real Python program ({@code deferred-sim record}): never run, only read. */
    record Program(ProgramRun run) implements AnyScenario {
        @Override
        public Recording recording() {
            return run.recording();
        }
    }
}
