package deferredsim.core.reactor.scenario;

import deferredsim.core.reactor.script.Program;
import deferredsim.core.reactor.script.Ref;
import deferredsim.core.reactor.script.Statement;
import deferredsim.core.reactor.script.StatementParser;
import deferredsim.core.reactor.script.StatementSyntaxException;
import deferredsim.core.reactor.script.Template;
import deferredsim.core.reactor.tcp.Tcp;
import deferredsim.core.scenario.Located;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks a reactor scenario's {@code program} section: each statement's syntax, then the
 * program as a whole. Every name must be defined (a function, a countdown, a tally, or a variable
 * some statement assigns), hold one kind of object, and be used as that kind allows; {@code
 * reactor.run} belongs in {@code main}, {@code return} and {@code {0}} in functions.
 */
final class ProgramReader {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> RESERVED = List.of(
            "reactor", "print", "raise", "return", "time", "tally", "get_poetry", "Deferred", "LoopingCall", "None");

    private enum Kind {
        FUNCTION("a function", List.of()),
        COUNTDOWN("a Countdown", List.of("count")),
        DEFERRED("a Deferred", List.of("callback", "errback", "cancel", "pause", "unpause")),
        DELAYED_CALL("a delayed call", List.of("cancel")),
        LOOPING_CALL("a LoopingCall", List.of("stop")),
        TALLY("a tally", List.of());

        final String what;
        final List<String> callables;

        Kind(String what, List<String> callables) {
            this.what = what;
            this.callables = callables;
        }
    }

    private record Parsed(Statement statement, Located at, String text, boolean inMain) {}

    private final Map<String, Kind> names = new HashMap<>();
    private final List<Parsed> all = new ArrayList<>();

    private ProgramReader() {}

    static Program program(Located at) throws ScenarioException {
        return new ProgramReader().read(at);
    }

    private Program read(Located at) throws ScenarioException {
        String owner = "the program";
        at.object("a program: {\"main\": [...], \"functions\": {...}}");
        at.allowOnly(List.of("main", "functions", "countdowns", "tallies", "getPoetry"), owner);
        Map<String, Located> functionNodes = at.optional("functions").isPresent()
                ? at.optional("functions").get().members("the functions: {\"name\": [statements...]}")
                : Map.of();
        for (Map.Entry<String, Located> function : functionNodes.entrySet()) {
            declare(function.getKey(), Kind.FUNCTION, function.getValue(), "a function");
        }
        List<Program.Countdown> countdowns = new ArrayList<>();
        List<Located> countdownNodes = at.optional("countdowns").isPresent()
                ? at.optional("countdowns").get().elements("an array of countdowns")
                : List.of();
        for (Located countdown : countdownNodes) {
            countdown.object("a countdown: {\"name\": \"A\", \"from\": 5, \"interval\": 1}");
            countdown.allowOnly(List.of("name", "from", "interval", "then"), "a countdown");
            declare(
                    countdown.required("name", "a countdown").string("a name"),
                    Kind.COUNTDOWN,
                    countdown.required("name", ""),
                    "a countdown");
        }
        List<Located> tallyNodes = at.optional("tallies").isPresent()
                ? at.optional("tallies").get().elements("an array of tallies")
                : List.of();
        for (Located tally : tallyNodes) {
            tally.object("a tally: {\"name\": \"done\", \"target\": 3, \"then\": \"reactor.stop\"}");
            tally.allowOnly(List.of("name", "target", "then"), "a tally");
            declare(
                    tally.required("name", "a tally").string("a name"),
                    Kind.TALLY,
                    tally.required("name", ""),
                    "a tally");
        }
        List<Statement> main = statements(at.required("main", owner), true);
        Map<String, List<Statement>> functions = new LinkedHashMap<>();
        for (Map.Entry<String, Located> function : functionNodes.entrySet()) {
            functions.put(function.getKey(), statements(function.getValue(), false));
        }
        for (Parsed parsed : all) {
            assignments(parsed);
        }
        for (Parsed parsed : all) {
            check(parsed);
        }
        for (Located countdown : countdownNodes) {
            countdowns.add(countdown(countdown));
        }
        List<Program.Tally> tallies = new ArrayList<>();
        for (Located tally : tallyNodes) {
            tallies.add(new Program.Tally(
                    tally.required("name", "").string("a name"),
                    tally.required("target", "a tally").integer(1, 1_000_000, "a target"),
                    then(tally.required("then", "a tally"))));
        }
        return new Program(main, functions, countdowns, tallies, options(at));
    }

    private void declare(String name, Kind kind, Located at, String what) throws ScenarioException {
        if (!IDENTIFIER.matcher(name).matches() || RESERVED.contains(name)) {
            throw at.error("expected " + what + "'s name: letters, digits and _, not a reserved word, not "
                    + Located.show(name));
        }
        Kind before = names.putIfAbsent(name, kind);
        if (before != null) {
            throw at.error(Located.show(name) + " is already " + before.what);
        }
    }

    private List<Statement> statements(Located at, boolean inMain) throws ScenarioException {
        List<Statement> statements = new ArrayList<>();
        for (Located line : at.elements("an array of statements (strings)")) {
            String text = line.string("a statement");
            try {
                Statement statement = StatementParser.parse(text);
                statements.add(statement);
                all.add(new Parsed(statement, line, text, inMain));
            } catch (StatementSyntaxException broken) {
                throw line.errorAt(broken.index(), broken.getMessage());
            }
        }
        return statements;
    }

    /** Records the kind of every variable a statement assigns. */
    private void assignments(Parsed p) throws ScenarioException {
        Statement s = p.statement();
        if (s instanceof Statement.NewDeferred) {
            assign(p, ((Statement.NewDeferred) s).assignTo(), Kind.DEFERRED);
        } else if (s instanceof Statement.GetPoetry) {
            assign(p, ((Statement.GetPoetry) s).assignTo(), Kind.DEFERRED);
        } else if (s instanceof Statement.StartLoop) {
            assign(p, ((Statement.StartLoop) s).assignTo(), Kind.DEFERRED);
        } else if (s instanceof Statement.CallLater) {
            assign(p, ((Statement.CallLater) s).assignTo(), Kind.DELAYED_CALL);
        } else if (s instanceof Statement.NewLoopingCall) {
            assign(p, ((Statement.NewLoopingCall) s).assignTo(), Kind.LOOPING_CALL);
        }
    }

    private void assign(Parsed p, String variable, Kind kind) throws ScenarioException {
        if (variable == null) {
            return;
        }
        if (RESERVED.contains(variable)) {
            throw error(p, variable, Located.show(variable) + " is a reserved word");
        }
        Kind before = names.putIfAbsent(variable, kind);
        if (before != null && before != kind) {
            throw error(
                    p,
                    variable,
                    Located.show(variable) + " is " + before.what + " elsewhere; a name holds one kind of object");
        }
    }

    private void check(Parsed p) throws ScenarioException {
        Statement s = p.statement();
        if (p.inMain()) {
            for (Template template : templates(s)) {
                if (template.highestPlaceholder() >= 0) {
                    throw error(p, "{", "main has no arguments: {N} stands for an argument of a function");
                }
            }
            if (s instanceof Statement.Return) {
                throw error(p, "return", "return belongs in a function, not in main");
            }
        } else if (s instanceof Statement.Run) {
            throw error(
                    p, "reactor.run", "reactor.run belongs in main: a callback cannot start the reactor it runs in");
        }
        if (s instanceof Statement.CallWhenRunning) {
            callable(p, ((Statement.CallWhenRunning) s).target());
        } else if (s instanceof Statement.CallLater) {
            callable(p, ((Statement.CallLater) s).target());
        } else if (s instanceof Statement.AddCallbacks) {
            Statement.AddCallbacks add = (Statement.AddCallbacks) s;
            expect(p, add.deferred(), Kind.DEFERRED, add.kind().method());
            callable(p, add.callback());
            callable(p, add.errback());
        } else if (s instanceof Statement.Fire) {
            Statement.Fire fire = (Statement.Fire) s;
            expect(p, fire.deferred(), Kind.DEFERRED, fire.errback() ? "errback" : "callback");
        } else if (s instanceof Statement.Method) {
            Statement.Method method = (Statement.Method) s;
            callable(p, new Ref(method.target(), method.method()));
        } else if (s instanceof Statement.Move) {
            expect(p, ((Statement.Move) s).call(), Kind.DELAYED_CALL, "reset/delay");
        } else if (s instanceof Statement.NewLoopingCall) {
            callable(p, ((Statement.NewLoopingCall) s).target());
        } else if (s instanceof Statement.StartLoop) {
            expect(p, ((Statement.StartLoop) s).loop(), Kind.LOOPING_CALL, "start");
        } else if (s instanceof Statement.GetPoetry) {
            callable(p, ((Statement.GetPoetry) s).callback());
            callable(p, ((Statement.GetPoetry) s).errback());
        } else if (s instanceof Statement.Tally) {
            expect(p, ((Statement.Tally) s).name(), Kind.TALLY, "tally");
        } else if (s instanceof Statement.Invoke) {
            callable(p, ((Statement.Invoke) s).target());
        }
    }

    private void expect(Parsed p, String name, Kind kind, String use) throws ScenarioException {
        Kind actual = names.get(name);
        if (actual != kind) {
            throw error(
                    p,
                    name,
                    (actual == null
                                    ? Located.show(name) + " is not defined"
                                    : Located.show(name) + " is " + actual.what)
                            + "; " + use + " needs " + kind.what);
        }
    }

    private void callable(Parsed p, Ref ref) throws ScenarioException {
        if (ref == null) {
            return;
        }
        String problem = callableProblem(ref);
        if (problem != null) {
            throw error(p, ref.toString(), problem);
        }
    }

    private String callableProblem(Ref ref) {
        Kind kind = names.get(ref.target());
        if (ref.isFunction()) {
            if (kind == Kind.FUNCTION) {
                return null;
            }
            return kind == null
                    ? Located.show(ref.target()) + " is not defined: expected a function declared under functions"
                    : Located.show(ref.target()) + " is " + kind.what + ", not a function";
        }
        if (ref.target().equals("reactor")) {
            return ref.method().equals("stop")
                    ? null
                    : "reactor." + ref.method() + " cannot be called here; of the reactor's methods"
                            + " only reactor.stop can be passed as a callable";
        }
        if (kind == null) {
            return Located.show(ref.target()) + " is not defined";
        }
        return kind.callables.contains(ref.method())
                ? null
                : kind.what + " has no method " + ref.method() + " to call here"
                        + (kind.callables.isEmpty() ? "" : "; expected " + Located.listing(kind.callables));
    }

    private static List<Template> templates(Statement s) {
        List<Template> templates = new ArrayList<>();
        if (s instanceof Statement.Print) {
            templates.add(((Statement.Print) s).text());
        } else if (s instanceof Statement.Raise) {
            templates.add(((Statement.Raise) s).text());
        } else if (s instanceof Statement.CallWhenRunning) {
            templates.addAll(((Statement.CallWhenRunning) s).args());
        } else if (s instanceof Statement.CallLater) {
            templates.addAll(((Statement.CallLater) s).args());
        } else if (s instanceof Statement.AddCallbacks) {
            templates.addAll(((Statement.AddCallbacks) s).args());
        } else if (s instanceof Statement.Fire) {
            templates.add(((Statement.Fire) s).value());
        } else if (s instanceof Statement.NewLoopingCall) {
            templates.addAll(((Statement.NewLoopingCall) s).args());
        } else if (s instanceof Statement.Invoke) {
            templates.addAll(((Statement.Invoke) s).args());
        }
        return templates;
    }

    private Program.Countdown countdown(Located at) throws ScenarioException {
        String name = at.required("name", "").string("a name");
        int from = at.required("from", "a countdown").integer(0, 1_000_000, "the number to count down from");
        Time interval = null;
        if (at.optional("interval").isPresent()) {
            interval = at.optional("interval").get().time();
            if (interval.equals(Time.ZERO)) {
                throw at.optional("interval").get().error("expected an interval above 0");
            }
        }
        Ref then = at.optional("then").isPresent() ? then(at.optional("then").get()) : new Ref("reactor", "stop");
        return new Program.Countdown(name, from, interval, then);
    }

    private Ref then(Located at) throws ScenarioException {
        String text = at.string("a callable: a function name, reactor.stop, lc.stop");
        Statement parsed;
        try {
            parsed = StatementParser.parse(text);
        } catch (StatementSyntaxException broken) {
            throw at.errorAt(broken.index(), broken.getMessage());
        }
        Ref ref = parsed instanceof Statement.Invoke
                        && ((Statement.Invoke) parsed).args().isEmpty()
                ? ((Statement.Invoke) parsed).target()
                : parsed instanceof Statement.Stop
                        ? new Ref("reactor", "stop")
                        : parsed instanceof Statement.Method
                                ? new Ref(((Statement.Method) parsed).target(), ((Statement.Method) parsed).method())
                                : null;
        if (ref == null) {
            throw at.errorAt(
                    0,
                    "expected a callable with no arguments: a function name, reactor.stop, lc.stop, not "
                            + Located.show(text));
        }
        String problem = callableProblem(ref);
        if (problem != null) {
            throw at.errorAt(0, problem);
        }
        return ref;
    }

    private static Program.GetPoetryOptions options(Located program) throws ScenarioException {
        if (program.optional("getPoetry").isEmpty()) {
            return Program.GetPoetryOptions.BOOK;
        }
        Located at = program.optional("getPoetry").get();
        at.object("get_poetry's options: {\"timeout\": 5, \"guard\": true}");
        at.allowOnly(List.of("timeout", "guard", "readSize"), "get_poetry's options");
        Time timeout = at.optional("timeout").isPresent()
                ? at.optional("timeout").get().time()
                : null;
        boolean guard =
                at.optional("guard").isEmpty() || at.optional("guard").get().bool();
        int readSize = at.optional("readSize").isPresent()
                ? at.optional("readSize").get().integer(1, 65536, "a read size in bytes")
                : Tcp.DEFAULT_READ_SIZE;
        return new Program.GetPoetryOptions(timeout, guard, readSize);
    }

    private static ScenarioException error(Parsed p, String near, String problem) {
        int index = p.text().indexOf(near);
        return p.at().errorAt(Math.max(index, 0), problem);
    }
}
