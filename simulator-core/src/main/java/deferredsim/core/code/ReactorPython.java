package deferredsim.core.code;

import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.reactor.script.Place;
import deferredsim.core.reactor.script.Program;
import deferredsim.core.reactor.script.Ref;
import deferredsim.core.reactor.script.Statement;
import deferredsim.core.recording.Recording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A reactor scenario's {@code program} as the Twisted module it stands for: the imports, the
 * poetry client when it calls {@code get_poetry}, a small {@code Countdown} and {@code Tally} class
 * for its countdowns and tallies, one {@code def} per function, and {@code main}'s statements at
 * module level, {@code reactor.run()} among them. Every statement of the program is one line of
 * the module ({@link StatementPython}), so a line number names a statement.
 *
 * <p>{@link #of} also gives every event of the scenario's run the line the program was on when it
 * happened ({@link ReactorEventLines}): a print its {@code print}, a timed call the {@code
 * callLater} that made it, a call its function's {@code def}, an error the reactor logs the line
 * that raised it, and anything that happens while the reactor waits the {@code reactor.run()}
 * line. The module runs under Twisted 22.4 and prints what the simulator's program prints, in the
 * same order (a poem known only by its size, and a failure, print differently).
 *
 * <p>Static methods only; the code depends on nothing but the scenario.
 */
public final class ReactorPython {
    /** The file name the code is shown under. */
    public static final String FILE = "program.py";

    private final Program program;
    private final PythonLines out = new PythonLines();
    private final Map<Place, Integer> places = new HashMap<>();
    private final Map<Integer, Place> statements = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();
    private Map<String, ProgramSignatures.Signature> signatures;
    private PoetryClientPython client;

    private ReactorPython(Program program) {
        this.program = program;
    }

    /** True when {@code scenario} has a program to write as code. */
    public static boolean hasCode(ReactorScenario scenario) {
        return scenario.program().isPresent();
    }

    /**
     * The program of {@code scenario} as code, with the line of every event of {@code recording},
     * which {@code ReactorSimulation.run(scenario)} returned.
     *
     * @throws IllegalArgumentException when the scenario has no program, or one that cannot be
     *     written as one module (it calls {@code get_poetry} both for a Deferred and with callbacks),
     *     or when {@code recording} is not a run of {@code scenario}
     */
    public static CodeListing of(ReactorScenario scenario, Recording recording) {
        Objects.requireNonNull(recording, "recording");
        ReactorPython code = written(scenario);
        ReactorSimulation.Watched watched = ReactorSimulation.runWatched(scenario);
        if (!watched.recording().events().equals(recording.events())) {
            throw new IllegalArgumentException("the recording is not a run of this scenario");
        }
        List<SourceLine> lines = new ReactorEventLines(code).map(recording, watched);
        return CodeListing.of("the program as Twisted code", List.of(new SourceFile(FILE, code.out.lines())), lines);
    }

    /**
     * The program of {@code scenario} as code, as lines without line ends.
     *
     * @throws IllegalArgumentException as for {@link #of}
     */
    public static List<String> lines(ReactorScenario scenario) {
        return written(scenario).out.lines();
    }

    static ReactorPython written(ReactorScenario scenario) {
        Program program = Objects.requireNonNull(scenario, "scenario")
                .program()
                .orElseThrow(() -> new IllegalArgumentException("the scenario has no program to write as code"));
        ReactorPython code = new ReactorPython(program);
        code.write(scenario.title());
        return code;
    }

    /** The line of {@code place}, or null when the code has none for it. */
    Integer line(Place place) {
        return place == null ? null : places.get(place);
    }

    /** The statement on {@code line} ({@code main}'s or a function's), if one is. */
    Optional<Place> statementOn(int line) {
        return Optional.ofNullable(statements.get(line));
    }

    /** The line a recorded call of {@code function} starts on ({@code got_poem}, {@code A.count}), or null. */
    Integer callLine(String function) {
        Integer line = calls.get(function);
        return line != null || client == null ? line : client.callLine(function);
    }

    /** The client's line for {@code happening} inside the frame {@code frame}, or null when it is not the client's. */
    Integer clientLine(String frame, PoetryClientPython.Happening happening) {
        return client == null ? null : client.lineIn(frame, happening);
    }

    /** How function {@code function}'s arguments are written, or null in {@code main}. */
    ProgramSignatures.Signature signature(String function) {
        return function == null ? null : signatures.get(function);
    }

    /** The program written. */
    Program program() {
        return program;
    }

    /** The lines written. */
    List<String> lines() {
        return out.lines();
    }

    private void write(String title) {
        Set<String> taken = new HashSet<>(program.functions().keySet());
        program.countdowns().forEach(c -> taken.add(c.name()));
        program.tallies().forEach(t -> taken.add(t.name()));
        all().forEach(s -> taken.addAll(StatementPython.assigns(s)));
        signatures = ProgramSignatures.of(program, taken);
        if (title != null && !title.isBlank()) {
            out.add("# " + title.strip().replaceAll("\\s+", " "));
        }
        out.add("# The scenario's program as a Twisted module: what the simulator runs.");
        imports();
        if (PoetryClientPython.needed(program)) {
            blankLines();
            client = PoetryClientPython.write(program, out);
        }
        if (!program.countdowns().isEmpty()) {
            blankLines();
            countdownClass();
        }
        if (!program.tallies().isEmpty()) {
            blankLines();
            tallyClass();
        }
        program.functions().forEach(this::function);
        blankLines();
        boolean made = false;
        for (Program.Countdown countdown : program.countdowns()) {
            out.add(countdown.name() + " = Countdown(" + countdownArguments(countdown) + ")");
            made = true;
        }
        for (Program.Tally tally : program.tallies()) {
            out.add(tally.name() + " = Tally(" + tally.target() + ", " + callable(tally.then()) + ")");
            made = true;
        }
        if (made) {
            out.add("");
        }
        List<Statement> main = program.main();
        for (int i = 0; i < main.size(); i++) {
            statement(new Place.InMain(i), StatementPython.line(main.get(i), null), "");
        }
    }

    private List<Statement> all() {
        List<Statement> all = new ArrayList<>(program.main());
        program.functions().values().forEach(all::addAll);
        return all;
    }

    private void imports() {
        List<Statement> all = all();
        boolean stderr = all.stream().anyMatch(s -> s instanceof Statement.Print p && p.stderr());
        boolean sleep = all.stream().anyMatch(Statement.Sleep.class::isInstance);
        boolean looping = all.stream().anyMatch(Statement.NewLoopingCall.class::isInstance);
        boolean deferred = all.stream()
                .anyMatch(s -> s instanceof Statement.NewDeferred
                        || (s instanceof Statement.GetPoetry get && get.assignTo() != null));
        boolean poetry = PoetryClientPython.needed(program);
        if (stderr) {
            out.add("import sys");
        }
        if (sleep) {
            out.add("import time");
        }
        if (stderr || sleep) {
            out.add("");
        }
        out.add("from twisted.internet import reactor" + (looping ? ", task" : ""));
        if (deferred) {
            out.add("from twisted.internet.defer import Deferred");
        }
        if (poetry && program.getPoetry().timeout() != null && deferred) {
            out.add("from twisted.internet.error import TimeoutError");
        }
        if (poetry) {
            out.add("from twisted.internet.protocol import ClientFactory, Protocol");
        }
    }

    /** Two blank lines before a top-level definition. */
    private void blankLines() {
        out.blank(2);
    }

    private void countdownClass() {
        boolean anyInterval = program.countdowns().stream().anyMatch(c -> c.interval() != null);
        boolean allInterval = program.countdowns().stream().allMatch(c -> c.interval() != null);
        out.add("class Countdown:");
        out.add("    \"\"\"Prints a count, one number per call to count(); at 0 it calls then() instead.\"\"\"");
        out.add("");
        out.add("    def __init__(self, counter" + (anyInterval ? ", interval" : "") + ", then):");
        out.add("        self.counter = counter");
        if (anyInterval) {
            out.add("        self.interval = interval");
        }
        out.add("        self.then = then");
        out.add("");
        int def = out.add("    def count(self):");
        out.add("        if self.counter == 0:");
        int then = out.add("            self.then()");
        out.add("        else:");
        int print = out.add("            print(self.counter, \"...\")");
        out.add("            self.counter -= 1");
        Integer reschedule = null;
        if (anyInterval) {
            if (!allInterval) {
                out.add("            if self.interval is not None:");
            }
            reschedule =
                    out.add((allInterval ? "" : "    ") + "            reactor.callLater(self.interval, self.count)");
        }
        for (Program.Countdown countdown : program.countdowns()) {
            calls.put(countdown.name() + ".count", def);
            places.put(new Place.InCountdown(countdown.name(), Place.CountdownStep.THEN), then);
            places.put(new Place.InCountdown(countdown.name(), Place.CountdownStep.PRINT), print);
            if (reschedule != null) {
                places.put(new Place.InCountdown(countdown.name(), Place.CountdownStep.RESCHEDULE), reschedule);
            }
        }
    }

    private String countdownArguments(Program.Countdown countdown) {
        boolean anyInterval = program.countdowns().stream().anyMatch(c -> c.interval() != null);
        String interval = countdown.interval() == null ? "None" : StatementPython.seconds(countdown.interval());
        return countdown.from() + (anyInterval ? ", " + interval : "") + ", " + callable(countdown.then());
    }

    private void tallyClass() {
        out.add("class Tally:");
        out.add("    \"\"\"Counts what is done; reaching the target calls then().\"\"\"");
        out.add("");
        out.add("    def __init__(self, target, then):");
        out.add("        self.done = 0");
        out.add("        self.target = target");
        out.add("        self.then = then");
        out.add("");
        out.add("    def " + StatementPython.TALLY_METHOD + "(self):");
        out.add("        self.done += 1");
        out.add("        if self.done == self.target:");
        int then = out.add("            self.then()");
        program.tallies().forEach(tally -> places.put(new Place.InTally(tally.name()), then));
    }

    /** A callable a countdown or tally keeps: a function or reactor.stop as it is, another method called later. */
    private static String callable(Ref ref) {
        if (ref.isFunction() || ref.target().equals("reactor")) {
            return ref.toString();
        }
        return "lambda: " + ref + "()";
    }

    private void function(String name, List<Statement> body) {
        blankLines();
        ProgramSignatures.Signature signature = signatures.get(name);
        calls.put(name, out.add("def " + name + "(" + signature.parameters() + "):"));
        Set<String> globals = new LinkedHashSet<>();
        body.forEach(s -> globals.addAll(StatementPython.assigns(s)));
        if (!globals.isEmpty()) {
            out.add("    global " + String.join(", ", globals));
        }
        if (body.isEmpty()) {
            out.add("    pass");
        }
        for (int i = 0; i < body.size(); i++) {
            statement(new Place.InFunction(name, i), StatementPython.line(body.get(i), signature), "    ");
        }
    }

    private void statement(Place place, String python, String indent) {
        int line = out.add(indent + python);
        places.put(place, line);
        statements.put(line, place);
    }
}
