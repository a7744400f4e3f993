package deferredsim.cli.repl;

import deferredsim.core.code.CodeListing;
import deferredsim.core.code.ScenarioPython;
import deferredsim.core.engine.Simulation;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turning the workbench into scenarios and recordings, with problems as messages. */
final class Runs {
    /** The value the original simulator fires with. */
    static final String INITIAL = "initial";

    private Runs() {}

    /**
     * One way of running the workbench: a label ("d.callback(initial)") and the scenario; for a
     * recorded program, its recording and code (the scenario then only declares its deferreds).
     */
    record Firing(String label, Scenario scenario, ProgramRun program) {
        Firing(String label, Scenario scenario) {
            this(label, scenario, null);
        }

        /** The run: the recorded program's, or the engine's run of the scenario. */
        Recording record() {
            return program != null ? program.recording() : Simulation.run(scenario);
        }

        /** The run as code: the program's source, or the scenario written as Twisted code. */
        CodeListing code(Recording recording) {
            return program != null ? program.code() : ScenarioPython.of(scenario, recording);
        }
    }

    /** The workbench's scenario as written, or a message saying which rule it breaks. */
    static Scenario scenarioOf(Workbench workbench) throws InputError {
        try {
            return workbench.toScenario();
        } catch (ScenarioException e) {
            throw new InputError("the scenario is not complete yet: " + e.problem() + " (at " + e.path() + ")");
        }
    }

    /**
     * The runs the views show: the scenario as written when {@code d} is fired by it (a fire, or a
     * fire action) or is not plain,
     * otherwise two runs as in the original simulator, {@code d.callback(initial)} and {@code
     * d.errback(initial*)} at time 0.
     */
    static List<Firing> firings(Workbench workbench) throws InputError {
        if (workbench.program() != null) {
            ProgramRun program = workbench.program();
            return List.of(new Firing(program.title(), program.cast(), program));
        }
        Scenario scenario = scenarioOf(workbench);
        Optional<DeferredSpec> main = scenario.deferred(Workbench.MAIN);
        boolean firedByAnAction = scenario.actions().stream()
                .anyMatch(action ->
                        action instanceof Action.Fire && action.deferred().equals(Workbench.MAIN));
        if (main.isEmpty()
                || !(main.get() instanceof DeferredSpec.Plain)
                || ((DeferredSpec.Plain) main.get()).fire().isPresent()
                || firedByAnAction
                || !scenario.isTopLevel(Workbench.MAIN)) {
            return List.of(new Firing("the run, as the scenario fires it", scenario));
        }
        List<Firing> firings = new ArrayList<>();
        for (FireMethod method : FireMethod.values()) {
            String label = "d." + method.word() + "(" + INITIAL + (method == FireMethod.ERRBACK ? "*" : "") + ")";
            firings.add(new Firing(label, withMainFired(scenario, method)));
        }
        return firings;
    }

    private static Scenario withMainFired(Scenario scenario, FireMethod method) throws InputError {
        List<DeferredSpec> specs = new ArrayList<>();
        for (DeferredSpec spec : scenario.deferreds()) {
            if (spec.name().equals(Workbench.MAIN)) {
                DeferredSpec.Plain plain = (DeferredSpec.Plain) spec;
                spec = new DeferredSpec.Plain(
                        plain.name(),
                        plain.chain(),
                        Optional.of(new FireSpec(method, INITIAL, Time.ZERO)),
                        plain.canceller());
            }
            specs.add(spec);
        }
        try {
            return Scenario.of(specs, scenario.actions());
        } catch (ScenarioException e) {
            throw new InputError("the scenario is not complete yet: " + e.problem());
        }
    }
}
