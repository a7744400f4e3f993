package deferredsim.cli.export;

import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Exports a scenario as a runnable Python 3 script that plays it on real Twisted ({@code
 * twisted.internet.defer} with a {@code twisted.internet.task.Clock}) and prints its canonical
 * trace.
 *
 * <p>What holds: run with Twisted 22.4, the script prints exactly the lines that {@code
 * TraceWriter.lines(Simulation.run(scenario))} returns, one per line (checked for the whole
 * conformance corpus by the opt-in test {@code PythonExportTwistedTest}). Times print as in the
 * trace; times that are not exact in binary (0.1) are summed by Twisted's float clock, as real
 * Twisted would, so ties between such times may differ from the simulator's exact clock.
 *
 * <p>The script has three parts: a docstring and the scenario JSON as comments; a fixed runtime
 * section (printing, value rendering, the four kinds of stage, fire/cancel/pause actions, the
 * clock loop, the result line); and the scenario's own code as plain statements: a {@code
 * make_NAME} function per deferred, the scheduling, the creation of the top-level deferreds, the
 * clock run and the result lines. Every user-supplied string (names, values) appears only as a
 * {@link PythonLiteral#string(String) string literal} or inside a comment in escaped form, so no
 * value can become code. The output is pure ASCII.
 *
 * <p>Static methods only; the result depends on nothing but the scenario.
 */
public final class PythonExport {
    private static final String RUNTIME = "runtime.py";

    private PythonExport() {}

    /** The script for {@code scenario}: its {@link #lines(Scenario) lines}, each ended by {@code \n}. */
    public static String script(Scenario scenario) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(scenario)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The script for {@code scenario}, as lines without line ends. */
    public static List<String> lines(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        List<String> lines = new ArrayList<>(header());
        for (String json : ScenarioWriter.write(scenario).split("\n")) {
            lines.add("#   " + json);
        }
        lines.add("");
        lines.addAll(runtime());
        lines.add("");
        lines.add("");
        lines.add("# " + "-".repeat(75));
        lines.add("# The scenario: a make_... function per deferred, then the run.");
        lines.add("# " + "-".repeat(75));
        lines.add("");
        lines.add("");
        lines.addAll(ScenarioCode.lines(scenario));
        return lines;
    }

    private static List<String> header() {
        return List.of(
                "#!/usr/bin/env python3",
                "\"\"\"A Deferred Simulator scenario, played on real Twisted.",
                "",
                "Run it with Python 3 and Twisted (written for Twisted 22.4):",
                "",
                "    python3 this_script.py",
                "",
                "It prints the scenario's canonical trace, one JSON line per event: the",
                "same lines as `deferred-sim trace` prints for the scenario file. When a",
                "deferred ends with an unhandled failure, Twisted may also log \"Unhandled",
                "error in Deferred\" on standard error as the program exits: that is the",
                "\"unhandled\": true of its result line.",
                "\"\"\"",
                "",
                "# The scenario (deferred-scenario/1):");
    }

    /**
     * One run of a scenario in a script of several: the label printed before its trace (made by the
     * program, such as {@code d.callback(initial)}; it is written into comments as it is), and the
     * scenario.
     */
    public record Run(String label, Scenario scenario) {
        public Run {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    /**
     * A script that plays several runs one after the other, each on a fresh clock: before each
     * run's trace it prints {@code # LABEL}, the line the prompt's {@code trace} prints, so the
     * output equals the prompt's (and {@code export trace}'s) text line for line. With one run it
     * is {@link #script(Scenario)}: no label line.
     *
     * @throws IllegalArgumentException if {@code runs} is empty
     */
    public static String script(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a script plays at least one run");
        }
        if (runs.size() == 1) {
            return script(runs.get(0).scenario());
        }
        List<String> lines = new ArrayList<>(header());
        for (Run run : runs) {
            lines.add("#");
            lines.add("# " + run.label() + ":");
            for (String json : ScenarioWriter.write(run.scenario()).split("\n")) {
                lines.add("#   " + json);
            }
        }
        lines.add("");
        lines.addAll(runtime());
        boolean first = true;
        for (Run run : runs) {
            lines.add("");
            lines.add("");
            lines.add("# " + "-".repeat(75));
            lines.add("# The run " + run.label() + ", on a fresh clock.");
            lines.add("# " + "-".repeat(75));
            lines.add("");
            if (!first) {
                lines.add("clock = task.Clock()");
                lines.add("deferreds.clear()");
            }
            lines.add("print(" + PythonLiteral.string("# " + run.label()) + ")");
            lines.add("");
            lines.addAll(ScenarioCode.lines(run.scenario()));
            first = false;
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** The fixed runtime section, from the {@code runtime.py} resource beside this class. */
    static List<String> runtime() {
        try (InputStream in = PythonExport.class.getResourceAsStream(RUNTIME)) {
            if (in == null) {
                throw new IllegalStateException(RUNTIME + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
            return List.of(text.split("\n"));
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
