package deferredsim.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.engine.Simulation;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.ScenarioGenerators;
import deferredsim.core.testing.TraceCorpus;
import deferredsim.core.trace.TraceWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs exported scripts on real Twisted and compares what they print. Opt-in, because CI has
 * neither Python nor Twisted: it runs only when the environment variable {@code
 * DEFERREDSIM_TWISTED_PYTHONPATH} is the {@code PYTHONPATH} under which {@code python3} imports
 * Twisted 22.4 (use {@code .} when Twisted is installed). All scripts of a test run in one Python
 * process, each in a fresh namespace.
 */
@EnabledIfEnvironmentVariable(named = "DEFERREDSIM_TWISTED_PYTHONPATH", matches = ".+")
class PythonExportTwistedTest {
    /** Runs each script file given as an argument; prints "### FILE" and then what the script printed. */
    private static final String DRIVER = String.join(
            "\n",
            "import contextlib, io, runpy, sys, traceback",
            "for path in sys.argv[1:]:",
            "    out = io.StringIO()",
            "    try:",
            "        with contextlib.redirect_stdout(out):",
            "            runpy.run_path(path, run_name='__main__')",
            "    except BaseException:",
            "        out.write('!!! ' + traceback.format_exc().replace('\\n', ' | ') + '\\n')",
            "    print('### ' + path)",
            "    sys.stdout.write(out.getvalue())");

    @TempDir
    Path scratch;

    // If every corpus scenario's exported script runs on real Twisted, then each prints its corpus trace exactly.
    @Test
    void script_printsTheCorpusTraceOnTwisted() throws Exception {
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        for (Path file : TraceCorpus.scenarios()) {
            scenarios.put(
                    file.getFileName().toString(), ScenarioReader.read(Files.readString(file, StandardCharsets.UTF_8)));
        }

        Map<String, List<String>> printed = runAll(scenarios);

        for (Path file : TraceCorpus.scenarios()) {
            assertThat(printed.get(file.getFileName().toString()))
                    .as(file.getFileName().toString())
                    .containsExactlyElementsOf(Files.readAllLines(TraceCorpus.traceOf(file)));
        }
        assertThat(printed).hasSize(140);
    }

    // For random valid scenarios (odd names and values included), the script on Twisted prints the engine's trace.
    @Test
    void script_printsTheEngineTraceOnTwistedForRandomScenarios() throws Exception {
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        qt().withFixedSeed(Long.getLong("deferredsim.twisted.seed", 20260411L))
                .withExamples(Integer.getInteger("deferredsim.twisted.examples", 500))
                .forAll(ScenarioGenerators.scenarios())
                .check(scenario -> {
                    scenarios.put("random-" + scenarios.size() + ".py", scenario);
                    return true;
                });

        Map<String, List<String>> printed = runAll(scenarios);

        for (Map.Entry<String, Scenario> entry : scenarios.entrySet()) {
            assertThat(printed.get(entry.getKey()))
                    .as(entry.getKey() + ": " + entry.getValue())
                    .containsExactlyElementsOf(TraceWriter.lines(Simulation.run(entry.getValue())));
        }
    }

    // When a script plays several runs, then on real Twisted it prints each run's label line and trace, one after the
    // other, exactly as the prompt's 'trace' and 'export trace' write them.
    @Test
    void script_ofSeveralRunsPrintsEachLabelThenItsTrace() throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        qt().withExamples(20).forAll(ScenarioGenerators.scenarios()).checkAssert(scenarios::add);
        List<PythonExport.Run> runs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            runs.add(new PythonExport.Run("run " + i, scenarios.get(i)));
            expected.add("# run " + i);
            expected.addAll(TraceWriter.lines(Simulation.run(scenarios.get(i))));
        }
        Path script = scratch.resolve("several.py");
        Files.writeString(script, PythonExport.script(runs), StandardCharsets.US_ASCII);
        ProcessBuilder builder =
                new ProcessBuilder("python3", script.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PYTHONPATH", System.getenv("DEFERREDSIM_TWISTED_PYTHONPATH"));
        Process python = builder.start();
        List<String> printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(python.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(printed).containsExactlyElementsOf(expected);
    }

    /** Exports every scenario, runs the scripts, and returns each one's printed lines by key. */
    private Map<String, List<String>> runAll(Map<String, Scenario> scenarios) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", DRIVER));
        Map<String, String> keyOfPath = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, Scenario> entry : scenarios.entrySet()) {
            Path script = scratch.resolve("s" + index++ + ".py");
            Files.writeString(script, PythonExport.script(entry.getValue()), StandardCharsets.US_ASCII);
            command.add(script.toString());
            keyOfPath.put(script.toString(), entry.getKey());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PYTHONPATH", System.getenv("DEFERREDSIM_TWISTED_PYTHONPATH"));
        Process python = builder.start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(10, TimeUnit.MINUTES)).as("python3 finished").isTrue();
        assertThat(python.exitValue()).as("python3 exit status").isZero();
        Map<String, List<String>> printed = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : out.lines().toList()) {
            if (line.startsWith("### ")) {
                current = new ArrayList<>();
                printed.put(keyOfPath.get(line.substring(4)), current);
            } else {
                current.add(line);
            }
        }
        return printed;
    }
}
