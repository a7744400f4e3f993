package deferredsim.cli.repl;

import deferredsim.core.code.CodeListing;
import deferredsim.core.code.ScenarioPython;
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
     * One way of running the workbench: a label ("d.callback(initial)"), the scenario and the
     * engine; for a recorded program, its recording and code (the scenario then only declares its
     * deferreds, and nothing is run).
     */
    record Firing(String label, Scenario scenario, Engine engine, ProgramRun program) {
        Firing(String label, Scenario scenario, Engine engine) {
            this(label, scenario, engine, null);
        }

        /** The run: the recorded program's, or the engine's run of the scenario. */
        Recording record() {
            return program != null ? program.recording() : engine.run(scenario);
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
            throw new InputError("the scenario is not complete yet: " + problem(e, workbench)
                    + ". 'list' shows what you have; 'save FILE' keeps it as a draft.");
        }
    }

    /** What is missing in {@code workbench}, in the prompt's words, or empty when it is complete. */
    static java.util.Optional<String> problem(Workbench workbench) {
        try {
            workbench.toScenario();
            return java.util.Optional.empty();
        } catch (ScenarioException e) {
            return java.util.Optional.of(problem(e, workbench));
        }
    }

    private static String problem(ScenarioException e, Workbench workbench) {
        String problem = PromptWords.of(e.problem(), workbench.names());
        return e.path().isEmpty() ? problem : problem + " (in " + PromptWords.of(e.path(), workbench.names()) + ")";
    }

    /**
     * The runs the views show: the scenario as written when {@code d} is fired by it (a fire, or a
     * fire action) or is not plain,
     * otherwise two runs as in the original simulator, {@code d.callback(initial)} and {@code
     * d.errback(initial*)} at time 0.
     */
    static List<Firing> firings(ReplContext ctx) throws InputError {
        if (ctx.workbench.program() != null) {
            ProgramRun program = ctx.workbench.program();
            return List.of(new Firing(program.title(), program.cast(), ctx.engine, program));
        }
        Scenario scenario = scenarioOf(ctx.workbench);
        Optional<DeferredSpec> main = scenario.deferred(Workbench.MAIN);
        boolean firedByAnAction = scenario.actions().stream()
                .anyMatch(action ->
                        action instanceof Action.Fire && action.deferred().equals(Workbench.MAIN));
        if (main.isEmpty()
                || !(main.get() instanceof DeferredSpec.Plain)
                || ((DeferredSpec.Plain) main.get()).fire().isPresent()
                || firedByAnAction
                || !scenario.isTopLevel(Workbench.MAIN)) {
            return List.of(new Firing("the run, as the scenario fires it", scenario, ctx.engine));
        }
        List<Firing> firings = new ArrayList<>();
        for (FireMethod method : FireMethod.values()) {
            String label = "d." + method.word() + "(" + INITIAL + (method == FireMethod.ERRBACK ? "*" : "") + ")";
            firings.add(new Firing(label, withMainFired(scenario, method), ctx.engine));
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

    /**
     * The text of {@code firings} as {@code lines} tells each run: the runs one after the other, each
     * after its line {@code # LABEL} when there are several (as the prompt's {@code trace} prints
     * them), ending with a newline.
     */
    static String text(List<Firing> firings, java.util.function.Function<Recording, List<String>> lines) {
        StringBuilder out = new StringBuilder();
        for (Firing firing : firings) {
            if (firings.size() > 1) {
                out.append("# ").append(firing.label()).append('\n');
            }
            lines.apply(firing.record()).forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }
}
