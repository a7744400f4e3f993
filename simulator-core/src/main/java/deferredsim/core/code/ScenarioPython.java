package deferredsim.core.code;

import static deferredsim.core.code.PythonNames.literal;

import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.CancellerSpec;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario as the Twisted code a person would write for it: one small function per thing a
 * stage does ({@code return_good}, {@code fail_bad}, {@code defer_x}), {@code addCallback},
 * {@code addErrback}, {@code addBoth} or {@code addCallbacks} as fits each pair, a {@code make_x}
 * function for each deferred created when first needed ({@code defer.succeed(v)} or {@code
 * defer.fail(e)} for one that has its result before anyone adds to it), {@code clock.callLater}
 * for fires and timed actions, an {@code @inlineCallbacks} generator for an inline deferred, and,
 * last, the short loop that runs the {@code task.Clock} as the reactor would. A value {@code None}
 * is Python's {@code None}; a failure is {@code Exception(V)}. The program starts at line 1 with
 * its import: the clock and its loop are there only when something is scheduled.
 *
 * <p>It is written to be read beside the run; it does what the scenario does, on Twisted's own
 * {@code Deferred}, and runs as it stands (an opt-in test records it on Twisted 22.4 and compares
 * the trace). {@link #of} also maps every event of the scenario's recording to the line where it
 * happens ({@link EventLines}); {@link #pairLine}, {@link #stepLine}, {@link #makeLine}, {@link
 * #fireLine} and {@link #actionLine} say where a part of the scenario is written.
 *
 * <p>Static methods only; the code depends on nothing but the scenario.
 */
public final class ScenarioPython {
    /** The file name the code is shown under. */
    public static final String FILE = "scenario.py";

    private final Scenario scenario;
    private final PythonNames names = new PythonNames();
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> makers = new HashMap<>();
    private final Map<String, String> functions = new LinkedHashMap<>();
    private final Map<String, String> generators = new HashMap<>();
    private final Map<String, String> cancellers = new HashMap<>();
    private final List<String> out = new ArrayList<>();
    private final Map<Anchor, Integer> anchors = new HashMap<>();
    /** For each inline deferred whose generator ends in a return or raise step: that step's index. */
    private final Map<String, Integer> finishingStep = new HashMap<>();

    private boolean early;

    private ScenarioPython(Scenario scenario) {
        this.scenario = scenario;
    }

    /**
     * The code for {@code scenario} with the line of every event of {@code recording}, which {@code
     * Simulation.run(scenario)} returned.
     */
    public static CodeListing of(Scenario scenario, Recording recording) {
        Objects.requireNonNull(recording, "recording");
        ScenarioPython code = written(scenario);
        List<SourceLine> lines = new EventLines(scenario, code.anchors).map(recording);
        return CodeListing.of("the scenario as Twisted code", List.of(new SourceFile(FILE, code.out)), lines);
    }

    /** The code for {@code scenario}, as lines without line ends. */
    public static List<String> lines(Scenario scenario) {
        return List.copyOf(written(scenario).out);
    }

    /**
     * The line (1-based, as a {@link CodeListing} numbers them) where pair {@code stage} of {@code
     * deferred}'s own chain is added, if the scenario has that pair.
     */
    public static java.util.OptionalInt pairLine(Scenario scenario, String deferred, int stage) {
        return lineOf(written(scenario), new Anchor.Pair(deferred, stage));
    }

    /** The line (1-based) of the {@code callLater} of action number {@code index}, if there is one. */
    public static java.util.OptionalInt actionLine(Scenario scenario, int index) {
        return lineOf(written(scenario), new Anchor.ActionAt(index));
    }

    /**
     * The line (1-based) of step {@code step} of inline deferred {@code deferred}'s generator: the
     * {@code yield} of a yield step, the {@code return} or {@code raise} of the step that ends it;
     * empty for a step the generator never reaches (after its return or raise) and for other kinds.
     */
    public static java.util.OptionalInt stepLine(Scenario scenario, String deferred, int step) {
        ScenarioPython code = written(scenario);
        java.util.OptionalInt yield = lineOf(code, new Anchor.Yield(deferred, step));
        if (yield.isPresent()) {
            return yield;
        }
        Integer finished = code.finishingStep.get(deferred);
        return finished != null && finished == step
                ? lineOf(code, new Anchor.Finish(deferred))
                : java.util.OptionalInt.empty();
    }

    /**
     * The line (1-based) where {@code deferred} is made: {@code x = defer.Deferred()}, {@code x =
     * defer.succeed(...)}, {@code x = defer.DeferredList([...])}, the generator's call.
     */
    public static java.util.OptionalInt makeLine(Scenario scenario, String deferred) {
        return lineOf(written(scenario), new Anchor.Make(deferred));
    }

    /** The line (1-based) where {@code deferred}'s own fire happens or is scheduled, if it has one. */
    public static java.util.OptionalInt fireLine(Scenario scenario, String deferred) {
        return lineOf(written(scenario), new Anchor.Fire(deferred));
    }

    /** The Python variable that holds each deferred of {@code scenario}, by the deferred's name. */
    static Map<String, String> variables(Scenario scenario) {
        return Map.copyOf(written(scenario).variables);
    }

    private static java.util.OptionalInt lineOf(ScenarioPython code, Anchor anchor) {
        Integer line = code.anchors.get(anchor);
        return line == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(line);
    }

    private static ScenarioPython written(Scenario scenario) {
        ScenarioPython code = new ScenarioPython(Objects.requireNonNull(scenario, "scenario"));
        code.write();
        return code;
    }

    /** A place in the code an event can happen at. */
    sealed interface Anchor {
        /** Where the deferred is made: {@code d = defer.Deferred()}. */
        record Make(String deferred) implements Anchor {}

        /** Where pair {@code stage} of the deferred's own chain is added. */
        record Pair(String deferred, int stage) implements Anchor {}

        /** The line of the function that does {@code stage} ({@code return "good"}); none for passthru. */
        record Function(String stage) implements Anchor {}

        /** Where the deferred's own fire happens or is scheduled. */
        record Fire(String deferred) implements Anchor {}

        /** Where the canceller's line runs. */
        record Canceller(String deferred) implements Anchor {}

        /** The callLater line of action number {@code index}. */
        record ActionAt(int index) implements Anchor {}

        /** The yield of step {@code step} of the generator. */
        record Yield(String deferred, int step) implements Anchor {}

        /** Where the generator finishes (its return or raise, or its last line). */
        record Finish(String deferred) implements Anchor {}
    }

    private void write() {
        boolean clocked = usesClock();
        line(clocked ? "from twisted.internet import defer, task" : "from twisted.internet import defer");
        if (clocked) {
            line("");
            line("clock = task.Clock()");
        }
        for (DeferredSpec spec : scenario.deferreds()) {
            variables.put(spec.name(), names.fresh(spec.name(), "d"));
        }
        for (DeferredSpec spec : scenario.deferreds()) {
            if (!scenario.isTopLevel(spec.name())) {
                makers.put(spec.name(), names.fresh("make_" + variables.get(spec.name()), "make"));
            }
        }
        stageFunctions();
        for (DeferredSpec spec : scenario.deferreds()) {
            if (spec instanceof DeferredSpec.Plain plain && plain.canceller().isPresent()) {
                cancellerFunction(plain, plain.canceller().get());
            }
            if (spec instanceof DeferredSpec.Inline inline) {
                generator(inline);
            }
        }
        for (DeferredSpec spec : scenario.deferreds()) {
            if (!scenario.isTopLevel(spec.name())) {
                line("");
                line("");
                line("def " + makers.get(spec.name()) + "():");
                body(spec, "    ");
                line("    return " + variables.get(spec.name()));
            }
        }
        line("");
        line("");
        List<Action> actions = scenario.actions();
        early = needsEarlySchedule();
        if (early) {
            // The engine schedules the top-level fires and the actions before it makes anything, so
            // at equal times they run before the fires of deferreds made at t=0 (list members,
            // yields): scheduled first here too, with lambdas for deferreds made below.
            line("# Scheduled first: at equal times these calls run before those scheduled as the deferreds are made.");
            for (DeferredSpec spec : scenario.deferreds()) {
                if (scenario.isTopLevel(spec.name())
                        && spec instanceof DeferredSpec.Plain plain
                        && plain.fire().isPresent()) {
                    FireSpec fire = plain.fire().get();
                    line(
                            "clock.callLater(" + seconds(fire.after()) + ", lambda: " + variables.get(spec.name()) + "."
                                    + fire.method().word() + "(" + argument(fire.method(), fire.value()) + "))",
                            new Anchor.Fire(spec.name()));
                }
            }
            for (int i = 0; i < actions.size(); i++) {
                line(action(actions.get(i), true), new Anchor.ActionAt(i));
            }
            line("");
        }
        for (DeferredSpec spec : scenario.deferreds()) {
            if (scenario.isTopLevel(spec.name())) {
                body(spec, "");
                line("");
            }
        }
        if (!early) {
            for (int i = 0; i < actions.size(); i++) {
                line(action(actions.get(i), false), new Anchor.ActionAt(i));
            }
            if (!actions.isEmpty()) {
                line("");
            }
        }
        if (clocked) {
            runTheClock();
        } else {
            while (out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
    }

    /**
     * The loop that stands for the reactor: advance the clock to each scheduled call in turn until
     * none is left. A call that fires a deferred a second time raises AlreadyCalledError out of
     * {@code advance}; the reactor would log it and go on, so where a timed fire can do that
     * ({@link #mayFireTwice()}) the loop reports it and goes on too.
     */
    private void runTheClock() {
        String advance = "clock.advance(min(call.getTime() for call in clock.getDelayedCalls()) - clock.seconds())";
        line("# Run the clock as the reactor would: each scheduled call in turn, until none is left.");
        line("while clock.getDelayedCalls():");
        if (mayFireTwice()) {
            line("    try:");
            line("        " + advance);
            line("    except defer.AlreadyCalledError:");
            line("        print(\"t=%g: AlreadyCalledError\" % clock.seconds())");
        } else {
            line("    " + advance);
        }
    }

    /**
     * True when a timed call may fire a deferred that already has its result: a fire action does,
     * and so does a scheduled fire of a deferred with a canceller (a cancel that reaches it leaves
     * the result its canceller gave, or CancelledError, and does not swallow a later fire, as it
     * does for a deferred without one).
     */
    private boolean mayFireTwice() {
        if (scenario.actions().stream().anyMatch(Action.Fire.class::isInstance)) {
            return true;
        }
        for (DeferredSpec spec : scenario.deferreds()) {
            if (spec instanceof DeferredSpec.Plain plain
                    && plain.canceller().isPresent()
                    && plain.fire().isPresent()
                    && (scenario.isTopLevel(spec.name())
                            || plain.fire().get().after().nanos() > 0)) {
                return true;
            }
        }
        return false;
    }

    /** True when the code schedules something: a top-level fire, a later fire, a timed action. */
    private boolean usesClock() {
        if (!scenario.actions().isEmpty()) {
            return true;
        }
        for (DeferredSpec spec : scenario.deferreds()) {
            if (spec instanceof DeferredSpec.Plain plain
                    && plain.fire().isPresent()
                    && (scenario.isTopLevel(spec.name())
                            || plain.fire().get().after().nanos() > 0)) {
                return true;
            }
        }
        return false;
    }

    /** One function per distinct thing a stage does, in the order they first appear. */
    private void stageFunctions() {
        List<MemberSpec> all = new ArrayList<>();
        for (DeferredSpec spec : scenario.deferreds()) {
            spec.chain().forEach(pair -> {
                all.add(pair.callback());
                all.add(pair.errback());
            });
        }
        for (Action action : scenario.actions()) {
            if (action instanceof Action.Add add) {
                all.add(add.pair().callback());
                all.add(add.pair().errback());
            }
        }
        for (MemberSpec stage : all) {
            String key = stage.toString();
            if (stage instanceof MemberSpec.Passthru || functions.containsKey(key)) {
                continue;
            }
            String name = switch (stage) {
                case MemberSpec.Return r -> names.fresh("return_" + r.value(), "return_value");
                case MemberSpec.Fail f -> names.fresh("fail_" + f.value(), "fail_value");
                case MemberSpec.Defer d -> names.fresh("defer_" + variables.get(d.name()), "defer_deferred");
                default -> throw new AssertionError(stage);
            };
            functions.put(key, name);
            line("");
            line("");
            line("def " + name + "(result):");
            line("    " + statement(stage), new Anchor.Function(key));
        }
    }

    private String statement(MemberSpec stage) {
        return switch (stage) {
            case MemberSpec.Return r -> "return " + value(r.value());
            case MemberSpec.Fail f -> "raise Exception(" + literal(f.value()) + ")";
            case MemberSpec.Defer d -> "return " + makers.get(d.name()) + "()";
            default -> throw new AssertionError(stage);
        };
    }

    private void cancellerFunction(DeferredSpec.Plain plain, CancellerSpec canceller) {
        String name = names.fresh("cancel_" + variables.get(plain.name()), "cancel");
        cancellers.put(plain.name(), name);
        line("");
        line("");
        line("def " + name + "(deferred):");
        if (canceller instanceof CancellerSpec.Fires fires) {
            line(
                    "    deferred." + fires.method().word() + "(" + argument(fires.method(), fires.value()) + ")",
                    new Anchor.Canceller(plain.name()));
        } else {
            line(
                    "    pass  # a canceller that does nothing: cancel() then errbacks with CancelledError",
                    new Anchor.Canceller(plain.name()));
        }
    }

    private void generator(DeferredSpec.Inline inline) {
        String name = names.fresh(variables.get(inline.name()) + "_steps", "steps");
        generators.put(inline.name(), name);
        line("");
        line("");
        line("@defer.inlineCallbacks");
        line("def " + name + "():");
        List<InlineStep> steps = inline.steps();
        boolean finished = false;
        boolean yields = false;
        for (int s = 0; s < steps.size() && !finished; s++) {
            switch (steps.get(s)) {
                case InlineStep.Yield y
                when y.catching() -> {
                    yields = true;
                    line("    try:");
                    line("        result = yield " + makers.get(y.name()) + "()", new Anchor.Yield(inline.name(), s));
                    line("    except Exception:");
                    line("        pass  # caught: the generator goes on");
                }
                case InlineStep.Yield y -> {
                    yields = true;
                    line("    result = yield " + makers.get(y.name()) + "()", new Anchor.Yield(inline.name(), s));
                }
                case InlineStep.Return r -> {
                    line("    return " + value(r.value()), new Anchor.Finish(inline.name()));
                    finishingStep.put(inline.name(), s);
                    finished = true;
                }
                case InlineStep.Raise r -> {
                    line("    raise Exception(" + literal(r.value()) + ")", new Anchor.Finish(inline.name()));
                    finishingStep.put(inline.name(), s);
                    finished = true;
                }
            }
        }
        if (!finished) {
            line("    return None", new Anchor.Finish(inline.name()));
        }
        if (!yields) {
            line("    yield  # never reached: the yield makes this function a generator");
        }
    }

    /** Makes the deferred, adds its chain, and fires or schedules its own fire. */
    private void body(DeferredSpec spec, String indent) {
        String v = variables.get(spec.name());
        Anchor make = new Anchor.Make(spec.name());
        switch (spec) {
            case DeferredSpec.Plain plain -> {
                if (madeFired(plain)) {
                    FireSpec fire = plain.fire().get();
                    String made = fire.method() == FireMethod.CALLBACK ? "defer.succeed(" : "defer.fail(";
                    line(indent + v + " = " + made + argument(fire.method(), fire.value()) + ")", make);
                    anchors.put(new Anchor.Fire(spec.name()), out.size());
                    return;
                }
                String canceller = cancellers.getOrDefault(plain.name(), "");
                line(indent + v + " = defer.Deferred(" + canceller + ")", make);
            }
            case DeferredSpec.ListOf list -> {
                List<String> members = new ArrayList<>();
                list.members().forEach(m -> members.add(makers.get(m) + "()"));
                line(indent + v + " = " + listCall(String.join(", ", members), list.options()), make);
            }
            case DeferredSpec.Inline inline ->
                line(indent + v + " = " + generators.get(inline.name()) + "()  # runs until its first wait", make);
        }
        List<PairSpec> chain = spec.chain();
        for (int k = 0; k < chain.size(); k++) {
            line(indent + v + "." + adding(chain.get(k)), new Anchor.Pair(spec.name(), k));
        }
        if (spec instanceof DeferredSpec.Plain plain
                && plain.fire().isPresent()
                && !(early && scenario.isTopLevel(spec.name()))) {
            FireSpec fire = plain.fire().get();
            Anchor anchor = new Anchor.Fire(spec.name());
            if (!scenario.isTopLevel(spec.name()) && fire.after().equals(Time.ZERO)) {
                line(
                        indent + v + "." + fire.method().word() + "(" + argument(fire.method(), fire.value())
                                + ")  # fired before it is handed over",
                        anchor);
            } else {
                line(
                        indent + "clock.callLater(" + seconds(fire.after()) + ", " + v + "."
                                + fire.method().word() + ", " + argument(fire.method(), fire.value()) + ")",
                        anchor);
            }
        }
    }

    /**
     * True when {@code plain} is made already fired, as {@code succeed(v)} or {@code fail(e)} make
     * one: made when first needed, fired at once, with no pairs of its own and no canceller.
     */
    private boolean madeFired(DeferredSpec.Plain plain) {
        return !scenario.isTopLevel(plain.name())
                && plain.chain().isEmpty()
                && plain.canceller().isEmpty()
                && plain.fire().isPresent()
                && plain.fire().get().after().equals(Time.ZERO);
    }

    /**
     * True when a deferred made when first needed fires at a time a top-level fire or an action
     * also has: the order the calls were scheduled in then decides, so the code must schedule the
     * top-level ones first, as the engine does.
     */
    private boolean needsEarlySchedule() {
        java.util.Set<Time> times = new java.util.HashSet<>();
        scenario.actions().forEach(a -> times.add(a.at()));
        for (DeferredSpec spec : scenario.deferreds()) {
            if (spec instanceof DeferredSpec.Plain plain
                    && plain.fire().isPresent()
                    && scenario.isTopLevel(spec.name())) {
                times.add(plain.fire().get().after());
            }
        }
        for (DeferredSpec spec : scenario.deferreds()) {
            if (spec instanceof DeferredSpec.Plain plain
                    && plain.fire().isPresent()
                    && !scenario.isTopLevel(spec.name())
                    && plain.fire().get().after().nanos() > 0
                    && times.contains(plain.fire().get().after())) {
                return true;
            }
        }
        return false;
    }

    private static String listCall(String members, ListOptions options) {
        if (options.gather()) {
            return "defer.gatherResults([" + members + "])";
        }
        StringBuilder call = new StringBuilder("defer.DeferredList([" + members + "]");
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

    /** The idiomatic way to add {@code pair}: {@code addCallback(f)}, {@code addBoth(f)}, ... */
    private String adding(PairSpec pair) {
        boolean cbPass = pair.callback() instanceof MemberSpec.Passthru;
        boolean ebPass = pair.errback() instanceof MemberSpec.Passthru;
        String cb = cbPass ? "defer.passthru" : functions.get(pair.callback().toString());
        String eb = ebPass ? "defer.passthru" : functions.get(pair.errback().toString());
        if (cbPass && ebPass) {
            return "addBoth(defer.passthru)";
        }
        if (cb.equals(eb)) {
            return "addBoth(" + cb + ")";
        }
        if (ebPass) {
            return "addCallback(" + cb + ")";
        }
        if (cbPass) {
            return "addErrback(" + eb + ")";
        }
        return "addCallbacks(" + cb + ", " + eb + ")";
    }

    private String action(Action action, boolean lambda) {
        String v = variables.get(action.deferred());
        String at = seconds(action.at());
        if (lambda) {
            String call = switch (action) {
                case Action.Fire fire ->
                    v + "." + fire.method().word() + "(" + argument(fire.method(), fire.value()) + ")";
                case Action.Add add -> v + "." + adding(add.pair());
                default -> v + "." + action.verb() + "()";
            };
            return "clock.callLater(" + at + ", lambda: " + call + ")";
        }
        return switch (action) {
            case Action.Fire fire ->
                "clock.callLater(" + at + ", " + v + "." + fire.method().word() + ", "
                        + argument(fire.method(), fire.value()) + ")";
            case Action.Cancel c -> "clock.callLater(" + at + ", " + v + ".cancel)";
            case Action.Pause p -> "clock.callLater(" + at + ", " + v + ".pause)";
            case Action.Unpause u -> "clock.callLater(" + at + ", " + v + ".unpause)";
            case Action.Add add ->
                "clock.callLater(" + at + ", " + v + "." + adding(add.pair()).replaceFirst("\\(", ", ");
        };
    }

    private static String argument(FireMethod method, String value) {
        return method == FireMethod.CALLBACK ? value(value) : "Exception(" + literal(value) + ")";
    }

    /** A result value as Python: {@code None} is Python's None, anything else a string. */
    private static String value(String value) {
        return value.equals("None") ? "None" : literal(value);
    }

    private static String seconds(Time time) {
        return time.toString();
    }

    private void line(String text) {
        out.add(text);
    }

    private void line(String text, Anchor anchor) {
        out.add(text);
        anchors.put(anchor, out.size());
    }
}
