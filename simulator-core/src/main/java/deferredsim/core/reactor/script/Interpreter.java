package deferredsim.core.reactor.script;

import deferredsim.core.engine.Deferred;
import deferredsim.core.reactor.DelayedCall;
import deferredsim.core.reactor.LoopingCall;
import deferredsim.core.reactor.Reactor;
import deferredsim.core.reactor.RecordedDeferreds;
import deferredsim.core.reactor.SimulatedException;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.poetry.GetPoetry;
import deferredsim.core.reactor.poetry.Python;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a {@link Program} on a process with its reactor: {@code main} at the process's start, the
 * functions when something calls them. Every call of a function or method is recorded with the
 * call stack; everything the program prints is recorded. An exception that escapes {@code main}
 * crashes the program ({@code crash}); one that escapes a callback the reactor made is logged by
 * the reactor; one raised in a Deferred's callback becomes the chain's failure. A call made with
 * 200 frames on the simulated stack raises {@code RecursionError}, as Python does past its limit.
 *
 * <p>Variables are global (as if every function declared them {@code global}). Create one with
 * {@link #create} and call {@link #runMain()} as the last thing of the process's first turn.
 * {@link #spot()} says at any moment which {@link Place} of the program runs.
 */
public final class Interpreter {
    /**
     * A call made with this many frames on the simulated stack raises {@code RecursionError}, as
     * Python does past {@code sys.getrecursionlimit()} (1,000 of its own frames). The script
     * language has no conditions, so a function that reaches itself again does so for ever and any
     * limit is reached; this one is lower than Python's because each simulated frame nests Java
     * calls on the caller's thread (about 2 KiB of its stack), and 200 of them fit any thread.
     */
    static final int RECURSION_LIMIT = 200;

    private final Program program;
    private final Process process;
    private final Reactor reactor;
    private final RecordedDeferreds deferreds;
    private final GetPoetry getPoetry;
    private final Map<String, Object> variables = new HashMap<>();
    private final Map<String, Program.Tally> tallies = new HashMap<>();
    private final Map<String, Integer> tallied = new HashMap<>();
    private final Map<String, CountdownState> countdowns = new HashMap<>();
    /** The places running, innermost first, each with the depth of the call stack it runs at. */
    private final Deque<Active> active = new ArrayDeque<>();
    /** The {@code reactor.run} statement while the reactor it started runs, or null. */
    private Active base;
    /** Where the last exception was raised, until another place starts running. */
    private Place raised;

    private RuntimeException raisedBy;

    private record Active(Place place, int depth) {}

    private static final class CountdownState {
        final Program.Countdown spec;
        int counter;

        CountdownState(Program.Countdown spec) {
            this.spec = spec;
            this.counter = spec.from();
        }
    }

    private Interpreter(Program program, Reactor reactor, RecordedDeferreds deferreds, GetPoetry getPoetry) {
        this.program = program;
        this.process = reactor.process();
        this.reactor = reactor;
        this.deferreds = deferreds;
        this.getPoetry = getPoetry;
        program.tallies().forEach(t -> tallies.put(t.name(), t));
        program.countdowns().forEach(c -> countdowns.put(c.name(), new CountdownState(c)));
    }

    /** An interpreter of {@code program} on {@code reactor}'s process; {@code getPoetry} may be null when unused. */
    public static Interpreter create(
            Program program, Reactor reactor, RecordedDeferreds deferreds, GetPoetry getPoetry) {
        return new Interpreter(program, reactor, deferreds, getPoetry);
    }

    /**
     * Runs {@code main} to its end (or crash), recording {@code exit} or {@code crash}. At {@code
     * reactor.run} the rest of {@code main} becomes the reactor's continuation: it runs once the
     * reactor has stopped, so this returns when the reactor first waits. Call it as the last thing
     * of the process's turn.
     */
    public void runMain() {
        process.enter("<module>");
        runMainFrom(0);
    }

    /** Runs {@code main} from statement {@code first} on, until its end, a crash or {@code reactor.run}. */
    private void runMainFrom(int first) {
        List<Statement> main = program.main();
        try {
            for (int i = first; i < main.size(); i++) {
                Statement statement = main.get(i);
                if (statement instanceof Statement.Return) {
                    break;
                }
                Place place = new Place.InMain(i);
                if (statement instanceof Statement.Run) {
                    int next = i + 1;
                    base = new Active(place, process.depth());
                    try {
                        at(
                                place,
                                () -> reactor.run(() -> {
                                    base = null;
                                    runMainFrom(next);
                                }));
                    } catch (SimulatedException notRun) {
                        base = null;
                        throw notRun;
                    }
                    return;
                }
                at(place, () -> run(statement, List.of(), null));
            }
            record(new ProcessEvents.Exited(process.now(), process.who()));
        } catch (SimulatedException raised) {
            record(new ProcessEvents.Crashed(process.now(), process.who(), raised.render()));
        }
        process.leave();
    }

    /** Calls {@code ref} with {@code args}; returns its result. Exceptions of the program propagate. */
    public Value invoke(Ref ref, List<Value> args) {
        if (process.depth() >= RECURSION_LIMIT) {
            throw SimulatedException.of("RecursionError", "maximum recursion depth exceeded");
        }
        if (ref.isFunction()) {
            return callFunction(ref.target(), args);
        }
        process.recordCall(ref.toString(), render(args));
        return process.inFrame(ref.toString(), () -> callMethod(ref, args));
    }

    private Value callFunction(String name, List<Value> args) {
        process.recordCall(name, render(args));
        return process.inFrame(name, () -> execute(program.functions().get(name), args, name));
    }

    private Value callMethod(Ref ref, List<Value> args) {
        if (ref.target().equals("reactor")) {
            noArguments(ref, args);
            reactor.stop();
            return Value.NONE;
        }
        if (countdowns.containsKey(ref.target())) {
            noArguments(ref, args);
            count(countdowns.get(ref.target()));
            return Value.NONE;
        }
        Object target = variable(ref.target());
        if (target instanceof Deferred
                && (ref.method().equals("callback") || ref.method().equals("errback"))) {
            if (args.size() != 1) {
                throw typeError(ref, "takes exactly one argument (" + args.size() + " given)");
            }
            fire((Deferred) target, ref.method().equals("errback"), args.get(0));
            return Value.NONE;
        }
        noArguments(ref, args);
        method(ref.target(), ref.method());
        return Value.NONE;
    }

    private Value execute(List<Statement> body, List<Value> args, String function) {
        for (int i = 0; i < body.size(); i++) {
            Statement statement = body.get(i);
            Place place = new Place.InFunction(function, i);
            if (statement instanceof Statement.Return) {
                Template text = ((Statement.Return) statement).text();
                return text == null ? Value.NONE : at(place, () -> text.evaluate(args));
            }
            at(place, () -> run(statement, args, function));
        }
        return Value.NONE;
    }

    /**
     * Where the program is now: the innermost place running (the {@code reactor.run} statement
     * while the reactor runs none of the program's code), the call frames above it, and where the
     * last exception was raised if no place has started since. The place is null before {@code
     * main} starts and after it has ended.
     */
    public Place.Spot spot() {
        Active top = active.isEmpty() ? base : active.peek();
        if (top == null) {
            return new Place.Spot(null, List.of(), raised);
        }
        List<String> stack = process.stack();
        return new Place.Spot(top.place(), stack.subList(Math.min(top.depth(), stack.size()), stack.size()), raised);
    }

    /** Runs {@code body} as {@code place}: {@link #spot()} says so meanwhile, and an exception from it is noted. */
    private void at(Place place, Runnable body) {
        at(place, () -> {
            body.run();
            return null;
        });
    }

    private <T> T at(Place place, Supplier<T> body) {
        active.push(new Active(place, process.depth()));
        raised = null;
        raisedBy = null;
        try {
            return body.get();
        } catch (RuntimeException thrown) {
            if (thrown != raisedBy) {
                raisedBy = thrown;
                raised = place;
            }
            throw thrown;
        } finally {
            active.pop();
        }
    }

    private void run(Statement statement, List<Value> args, String function) {
        if (statement instanceof Statement.Print) {
            Statement.Print print = (Statement.Print) statement;
            record(new ProcessEvents.Printed(
                    process.now(), process.who(), print.text().format(args), print.stderr()));
        } else if (statement instanceof Statement.Raise) {
            Value raised = ((Statement.Raise) statement).text().evaluate(args);
            throw raised instanceof Failure
                    ? SimulatedException.from((Failure) raised)
                    : SimulatedException.of("Exception", raised.render());
        } else if (statement instanceof Statement.Sleep) {
            Statement.Sleep sleep = (Statement.Sleep) statement;
            record(new ProcessEvents.Blocked(
                    process.now(),
                    process.who(),
                    process.now().plus(sleep.seconds()),
                    "time.sleep(" + sleep.seconds() + ")"));
            process.hold(sleep.seconds());
        } else if (statement instanceof Statement.Run) {
            throw new IllegalStateException("reactor.run outside main's top level"); // the reader rejects it
        } else if (statement instanceof Statement.Stop) {
            reactor.stop();
        } else if (statement instanceof Statement.CallWhenRunning) {
            Statement.CallWhenRunning call = (Statement.CallWhenRunning) statement;
            List<Value> values = evaluate(call.args(), args);
            reactor.callWhenRunning(describe(call.target(), values), () -> invoke(call.target(), values));
        } else if (statement instanceof Statement.CallLater) {
            Statement.CallLater call = (Statement.CallLater) statement;
            List<Value> values = evaluate(call.args(), args);
            DelayedCall delayed = reactor.callLater(
                    call.delay(), describe(call.target(), values), () -> invoke(call.target(), values));
            assign(call.assignTo(), delayed);
        } else {
            runObjects(statement, args, function);
        }
    }

    private void runObjects(Statement statement, List<Value> args, String function) {
        if (statement instanceof Statement.NewDeferred) {
            String name = ((Statement.NewDeferred) statement).assignTo();
            assign(name, deferreds.create(name, function));
        } else if (statement instanceof Statement.AddCallbacks) {
            Statement.AddCallbacks add = (Statement.AddCallbacks) statement;
            List<Value> extra = evaluate(add.args(), args);
            deferreds.addCallbacks(
                    (Deferred) variable(add.deferred()), stage(add.callback(), extra), stage(add.errback(), extra));
        } else if (statement instanceof Statement.Fire) {
            Statement.Fire fire = (Statement.Fire) statement;
            fire(
                    (Deferred) variable(fire.deferred()),
                    fire.errback(),
                    fire.value().evaluate(args));
        } else if (statement instanceof Statement.Method) {
            Statement.Method method = (Statement.Method) statement;
            if (countdowns.containsKey(method.target())) {
                invoke(new Ref(method.target(), method.method()), List.of());
            } else {
                method(method.target(), method.method());
            }
        } else if (statement instanceof Statement.Move) {
            Statement.Move move = (Statement.Move) statement;
            DelayedCall call = (DelayedCall) variable(move.call());
            if (move.reset()) {
                call.reset(move.seconds());
            } else {
                call.delay(move.seconds());
            }
        } else if (statement instanceof Statement.NewLoopingCall) {
            Statement.NewLoopingCall loop = (Statement.NewLoopingCall) statement;
            List<Value> values = evaluate(loop.args(), args);
            assign(
                    loop.assignTo(),
                    LoopingCall.create(
                            reactor,
                            deferreds,
                            loop.assignTo(),
                            qualifiedName(loop.target()),
                            Python.tupleRepr(render(values)),
                            () -> invoke(loop.target(), values)));
        } else if (statement instanceof Statement.StartLoop) {
            Statement.StartLoop start = (Statement.StartLoop) statement;
            LoopingCall loop = (LoopingCall) variable(start.loop());
            String name = start.assignTo() != null ? start.assignTo() : start.loop() + ".deferred";
            assign(start.assignTo(), loop.start(start.interval(), start.now(), name));
        } else if (statement instanceof Statement.GetPoetry) {
            getPoetry((Statement.GetPoetry) statement);
        } else if (statement instanceof Statement.Tally) {
            tally(((Statement.Tally) statement).name());
        } else if (statement instanceof Statement.Invoke) {
            Statement.Invoke call = (Statement.Invoke) statement;
            invoke(call.target(), evaluate(call.args(), args));
        } else {
            throw new AssertionError("unknown statement " + statement);
        }
    }

    private void getPoetry(Statement.GetPoetry get) {
        process.recordCall("get_poetry", List.of("127.0.0.1", String.valueOf(get.port())));
        process.inFrame("get_poetry", () -> {
            if (get.assignTo() != null) {
                assign(get.assignTo(), getPoetry.deferred(get.port(), get.assignTo()));
            } else if (get.errback() == null) {
                getPoetry.withCallback(get.port(), poem -> invoke(get.callback(), List.of(poem)));
            } else {
                getPoetry.withCallbacks(
                        get.port(),
                        poem -> invoke(get.callback(), List.of(poem)),
                        failure -> invoke(get.errback(), List.of(failure)));
            }
        });
    }

    private void method(String target, String method) {
        Object object = variable(target);
        if (object instanceof Deferred) {
            Deferred d = (Deferred) object;
            switch (method) {
                case "cancel":
                    record(new SimEvent.Cancelled(process.now(), d.name()));
                    d.cancel();
                    return;
                case "pause":
                    record(new SimEvent.Paused(process.now(), d.name()));
                    d.pause();
                    return;
                case "unpause":
                    record(new SimEvent.Unpaused(process.now(), d.name()));
                    d.unpause();
                    return;
                default:
                    break;
            }
        } else if (object instanceof DelayedCall && method.equals("cancel")) {
            ((DelayedCall) object).cancel();
            return;
        } else if (object instanceof LoopingCall && method.equals("stop")) {
            ((LoopingCall) object).stop();
            return;
        }
        throw SimulatedException.of("AttributeError", "'" + target + "' has no attribute '" + method + "'");
    }

    private void count(CountdownState countdown) {
        String name = countdown.spec.name();
        if (countdown.counter == 0) {
            at(new Place.InCountdown(name, Place.CountdownStep.THEN), () -> invoke(countdown.spec.then(), List.of()));
            return;
        }
        at(
                new Place.InCountdown(name, Place.CountdownStep.PRINT),
                () -> record(
                        new ProcessEvents.Printed(process.now(), process.who(), countdown.counter + " ...", false)));
        countdown.counter--;
        if (countdown.spec.interval() != null) {
            Ref self = new Ref(name, "count");
            at(
                    new Place.InCountdown(name, Place.CountdownStep.RESCHEDULE),
                    () -> reactor.callLater(countdown.spec.interval(), self.toString(), () -> invoke(self, List.of())));
        }
    }

    private void tally(String name) {
        int count = tallied.merge(name, 1, Integer::sum);
        Program.Tally tally = tallies.get(name);
        if (count == tally.target()) {
            at(new Place.InTally(name), () -> invoke(tally.then(), List.of()));
        }
    }

    /** {@code d.callback(value)}, or {@code d.errback(value)}: a failure as it is, a string as {@code Exception(value)}. */
    private void fire(Deferred deferred, boolean errback, Value value) {
        deferreds.fire(deferred, errback && !value.isFailure() ? Failure.raised(value.render()) : value);
    }

    private RecordedDeferreds.Stage stage(Ref ref, List<Value> extra) {
        if (ref == null) {
            return RecordedDeferreds.Stage.PASSTHRU;
        }
        return in -> {
            List<Value> args = new ArrayList<>();
            args.add(in);
            args.addAll(extra);
            return invoke(ref, args);
        };
    }

    private Object variable(String name) {
        Object value = variables.get(name);
        if (value == null) {
            throw SimulatedException.of("NameError", "name '" + name + "' is not defined");
        }
        return value;
    }

    private void assign(String name, Object value) {
        if (name != null) {
            variables.put(name, value);
        }
    }

    private List<Value> evaluate(List<Template> templates, List<Value> args) {
        List<Value> values = new ArrayList<>();
        for (Template template : templates) {
            values.add(template.evaluate(args));
        }
        return values;
    }

    private static List<String> render(List<Value> values) {
        List<String> rendered = new ArrayList<>();
        values.forEach(v -> rendered.add(Template.str(v)));
        return rendered;
    }

    /**
     * The {@code __qualname__} Python gives {@code ref}'s function, as a LoopingCall's repr shows it:
     * {@code tick}, {@code Countdown.count}, {@code Deferred.callback}, {@code ReactorBase.stop}.
     */
    private String qualifiedName(Ref ref) {
        if (ref.isFunction()) {
            return ref.target();
        }
        Object target = ref.target().equals("reactor") ? reactor : variables.get(ref.target());
        String owner = countdowns.containsKey(ref.target())
                ? "Countdown"
                : target instanceof Reactor
                        ? "ReactorBase"
                        : target instanceof Deferred
                                ? "Deferred"
                                : target instanceof DelayedCall
                                        ? "DelayedCall"
                                        : target instanceof LoopingCall ? "LoopingCall" : ref.target();
        return owner + "." + ref.method();
    }

    private static String describe(Ref target, List<Value> args) {
        return args.isEmpty() ? target.toString() : target + " " + String.join(" ", render(args));
    }

    private static void noArguments(Ref ref, List<Value> args) {
        if (!args.isEmpty()) {
            throw typeError(ref, "takes no arguments (" + args.size() + " given)");
        }
    }

    private static SimulatedException typeError(Ref ref, String problem) {
        return SimulatedException.of("TypeError", ref.method() + "() " + problem);
    }

    private void record(SimEvent event) {
        process.world().record(event);
    }
}
