package deferredsim.cli.export;

import static deferredsim.cli.export.PythonLiteral.string;

import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.CancellerSpec;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The scenario-specific half of an exported script: one {@code make_...} function per deferred
 * (and a generator per inline one), then the scheduling, the creation of the top-level deferreds,
 * the clock run and the result lines. Every user string appears only inside a {@link
 * PythonLiteral#string(String) string literal}.
 */
final class ScenarioCode {
    private final Scenario scenario;
    private final PythonNames names;
    private final StageNumbers stages;
    private final List<String> out = new ArrayList<>();

    private ScenarioCode(Scenario scenario) {
        this.scenario = scenario;
        this.names = PythonNames.of(scenario);
        this.stages = StageNumbers.of(scenario);
    }

    /** The scenario part of the script for {@code scenario}, as lines. */
    static List<String> lines(Scenario scenario) {
        ScenarioCode code = new ScenarioCode(scenario);
        code.write();
        return code.out;
    }

    /** Writes every part in order: the functions, MAKERS, scheduling, creation, the clock run, the result lines. */
    private void write() {
        for (DeferredSpec spec : scenario.deferreds()) {
            deferred(spec);
        }
        StringJoiner makers = new StringJoiner(", ", "MAKERS = {", "}");
        for (DeferredSpec spec : scenario.deferreds()) {
            makers.add(string(spec.name()) + ": " + names.maker(spec.name()));
        }
        line(makers.toString());
        line("");
        line("");
        schedule();
        line("");
        line("# At t=0, before the clock runs: create the top-level deferreds, in declaration order.");
        for (DeferredSpec spec : scenario.deferreds()) {
            if (scenario.isTopLevel(spec.name())) {
                line("create(" + string(spec.name()) + ")");
            }
        }
        line("");
        line("run_clock()");
        line("");
        StringJoiner all = new StringJoiner(", ", "for name in [", "]:");
        scenario.deferreds().forEach(spec -> all.add(string(spec.name())));
        line(all.toString());
        line("    report(name)");
    }

    /**
     * Writes {@code make_NAME()}: it builds the deferred ({@code Deferred(canceller)}, a
     * DeferredList or gatherResults over its members created first, or a call of the generator
     * function), registers it in {@code deferreds}, adds its chain with {@code addCallbacks}, and
     * for a referenced plain deferred fires it now (after 0) or schedules its fire; an inline
     * deferred's generator function comes first.
     */
    private void deferred(DeferredSpec spec) {
        String name = string(spec.name());
        line("# deferred " + name + ": " + kind(spec));
        if (spec instanceof DeferredSpec.Inline) {
            generator((DeferredSpec.Inline) spec);
            line("");
            line("");
        }
        line("def " + names.maker(spec.name()) + "():");
        if (spec instanceof DeferredSpec.Plain) {
            line("    d = defer.Deferred(" + canceller((DeferredSpec.Plain) spec) + ")");
        } else if (spec instanceof DeferredSpec.ListOf) {
            DeferredSpec.ListOf list = (DeferredSpec.ListOf) spec;
            StringJoiner members = new StringJoiner(", ", "    members = [", "]");
            list.members().forEach(member -> members.add("create(" + string(member) + ")"));
            line(members.toString());
            line("    d = " + listCall(list.options()));
        } else {
            line("    d = " + names.generator(spec.name()) + "()  # the generator runs until its first wait");
        }
        line("    deferreds[" + name + "] = d");
        List<PairSpec> chain = spec.chain();
        for (int stage = 0; stage < chain.size(); stage++) {
            line("    d.addCallbacks(" + members(spec.name(), stage, chain.get(stage)) + ")");
        }
        if (spec instanceof DeferredSpec.Plain && !scenario.isTopLevel(spec.name())) {
            ((DeferredSpec.Plain) spec).fire().ifPresent(fire -> ownFire(spec.name(), fire));
        }
        line("    return d");
        line("");
        line("");
    }

    /** The comment above a make function: what kind of deferred, and when it is created. */
    private String kind(DeferredSpec spec) {
        String created = scenario.isTopLevel(spec.name()) ? "created at t=0" : "created when first needed";
        if (spec instanceof DeferredSpec.Plain) {
            return "a plain Deferred, " + created;
        }
        if (spec instanceof DeferredSpec.ListOf) {
            boolean gather = ((DeferredSpec.ListOf) spec).options().gather();
            return (gather ? "gatherResults" : "a DeferredList") + ", " + created + " (after its members)";
        }
        return "the Deferred of an inlineCallbacks generator, " + created;
    }

    /** A referenced plain deferred's own fire, written inside its make function. */
    private void ownFire(String name, FireSpec fire) {
        String call = string(name) + ", " + string(fire.method().word()) + ", " + string(fire.value());
        if (fire.after().equals(Time.ZERO)) {
            line("    fire(" + call + ")  # after 0: fired before it is handed over, like succeed()/fail()");
        } else {
            line("    clock.callLater(" + fire.after() + ", fire, " + call + ")  # " + fire.after()
                    + " s after it is created");
        }
    }

    /** The argument of {@code Deferred(...)}: nothing, or a canceller that does nothing or fires the deferred. */
    private static String canceller(DeferredSpec.Plain spec) {
        if (spec.canceller().isEmpty()) {
            return "";
        }
        CancellerSpec canceller = spec.canceller().get();
        if (canceller instanceof CancellerSpec.Fires) {
            CancellerSpec.Fires fires = (CancellerSpec.Fires) canceller;
            return "canceller(" + string(spec.name()) + ", "
                    + string(fires.method().word()) + ", " + string(fires.value()) + ")";
        }
        return "canceller(" + string(spec.name()) + ")";
    }

    /** {@code defer.gatherResults(members)} or {@code defer.DeferredList(members, ...)} with the flags that are set. */
    private static String listCall(ListOptions options) {
        if (options.gather()) {
            return "defer.gatherResults(members)";
        }
        StringBuilder call = new StringBuilder("defer.DeferredList(members");
        if (options.fireOnOneCallback()) {
            call.append(", fireOnOneCallback=True");
        }
        if (options.fireOnOneErrback()) {
            call.append(", fireOnOneErrback=True");
        }
        if (options.consumeErrors()) {
            call.append(", consumeErrors=True");
        }
        return call.append(")").toString();
    }

    /**
     * Writes the {@code @defer.inlineCallbacks} generator function: one block per step, in order.
     * A function without a yield gets an unreachable one, since inlineCallbacks needs a generator.
     */
    private void generator(DeferredSpec.Inline spec) {
        String name = string(spec.name());
        line("@defer.inlineCallbacks");
        line("def " + names.generator(spec.name()) + "():");
        boolean yields = false;
        List<InlineStep> steps = spec.steps();
        for (int index = 0; index < steps.size(); index++) {
            InlineStep step = steps.get(index);
            line("    # step " + index + ": " + stepText(step));
            if (step instanceof InlineStep.Yield) {
                yields = true;
                yieldStep(name, index, (InlineStep.Yield) step);
            } else if (step instanceof InlineStep.Return) {
                line("    return " + string(((InlineStep.Return) step).value()));
            } else {
                line("    raise Exception(" + string(((InlineStep.Raise) step).value()) + ")");
            }
        }
        if (!yields) {
            if (steps.isEmpty()) {
                line("    return  # falls off the end: None");
            }
            line("    yield  # never reached; it makes this function a generator, as inlineCallbacks needs");
        }
    }

    /**
     * A {@code yield NAME} step: create NAME and yield it inside {@code try/except Exception};
     * log what the yield returned or raised; re-raise unless the step catches.
     */
    private void yieldStep(String name, int index, InlineStep.Yield step) {
        line("    try:");
        line("        result = yield create(" + string(step.name()) + ")");
        line("    except Exception as error:");
        line("        resumed(" + name + ", " + index + ", error)");
        if (!step.catching()) {
            line("        raise  # not caught: the generator ends with this exception");
        }
        line("    else:");
        line("        resumed(" + name + ", " + index + ", result)");
    }

    /** The step in scenario notation, with the user's text escaped like a literal (no quotes). */
    private static String stepText(InlineStep step) {
        String literal = string(step.toString());
        return literal.substring(1, literal.length() - 1);
    }

    /** The calls scheduled before anything is created: top-level fires in declaration order, then actions. */
    private void schedule() {
        line("# Scheduled first: the top-level deferreds' own fires (declaration order), then the actions.");
        for (DeferredSpec spec : scenario.deferreds()) {
            if (firesAtTopLevel(spec)) {
                ((DeferredSpec.Plain) spec)
                        .fire()
                        .ifPresent(fire -> line("clock.callLater(" + fire.after() + ", fire, " + string(spec.name())
                                + ", " + string(fire.method().word()) + ", " + string(fire.value()) + ")"));
            }
        }
        List<Action> actions = scenario.actions();
        if (actions.isEmpty() && scenario.deferreds().stream().noneMatch(this::firesAtTopLevel)) {
            line("# (nothing)");
        }
        for (int index = 0; index < actions.size(); index++) {
            line("clock.callLater(" + actions.get(index).at() + ", " + actionCall(actions.get(index), index) + ")");
        }
    }

    /** True for a top-level plain deferred with a fire of its own: it is scheduled, not fired at creation. */
    private boolean firesAtTopLevel(DeferredSpec spec) {
        return scenario.isTopLevel(spec.name())
                && spec instanceof DeferredSpec.Plain
                && ((DeferredSpec.Plain) spec).fire().isPresent();
    }

    /** The arguments of {@code clock.callLater(at, ...)} for action number {@code index}. */
    private String actionCall(Action action, int index) {
        String name = string(action.deferred());
        if (action instanceof Action.Fire) {
            Action.Fire fire = (Action.Fire) action;
            return "fire, " + name + ", " + string(fire.method().word()) + ", " + string(fire.value());
        }
        if (action instanceof Action.Add) {
            return "add, " + name + ", "
                    + members(action.deferred(), stages.ofAction(index), ((Action.Add) action).pair());
        }
        return action.verb() + ", " + name;
    }

    /** The two stage functions of {@code pair} as stage {@code stage} of deferred {@code deferred}. */
    private static String members(String deferred, int stage, PairSpec pair) {
        return member(deferred, stage, "callback", pair.callback()) + ", "
                + member(deferred, stage, "errback", pair.errback());
    }

    /** One member as a runtime stage function: returns, raises, passes or returns_deferred. */
    private static String member(String deferred, int stage, String side, MemberSpec spec) {
        String where = string(deferred) + ", " + stage + ", " + string(side);
        if (spec instanceof MemberSpec.Return) {
            return "returns(" + string(((MemberSpec.Return) spec).value()) + ", " + where + ")";
        }
        if (spec instanceof MemberSpec.Fail) {
            return "raises(" + string(((MemberSpec.Fail) spec).value()) + ", " + where + ")";
        }
        if (spec instanceof MemberSpec.Defer) {
            return "returns_deferred(" + string(((MemberSpec.Defer) spec).name()) + ", " + where + ")";
        }
        return "passes(" + where + ")";
    }

    private void line(String text) {
        out.add(text);
    }
}
