package deferredsim.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.engine.Simulation;
import deferredsim.core.json.Json;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.ScenarioGenerators;
import deferredsim.core.testing.TraceCorpus;
import deferredsim.core.testing.TwistedPython;
import deferredsim.core.trace.TraceWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the code {@link ScenarioPython} shows for a scenario on real Twisted, recorded by the
 * tracer, and checks that every deferred goes through the same events as in the engine's run.
 * Opt-in, like the export's check against Twisted ({@code PythonExportTwistedTest}): it runs only
 * when the environment variable {@code DEFERREDSIM_TWISTED_PYTHONPATH} is set, and then needs the
 * Python with Twisted 22.4 that recording uses ({@link TwistedPython}).
 *
 * <p>Each deferred's own events are compared, in order and with their times; the order between
 * deferreds is not, because the tracer writes an inner deferred's fire where Python does it, inside
 * the stage that makes it, and the engine after that stage's line. A deferred the run never makes
 * is left out (the program never makes it either).
 */
@EnabledIfEnvironmentVariable(named = "DEFERREDSIM_TWISTED_PYTHONPATH", matches = ".+")
@Timeout(value = 30, unit = TimeUnit.MINUTES) // one Python process per scenario
class ScenarioPythonTwistedTest {
    /** A deferred's name in a trace line: the deferred it is about, or a returned deferred. */
    private static final Pattern NAMED = Pattern.compile("(\"d\":\"|\"<)((?:[^\"\\\\]|\\\\.)*?)(\"|>\")");

    /** A line's time. */
    private static final Pattern TIME = Pattern.compile("^\\{\"t\":([0-9.eE+-]+),");

    /** Recordings count time in nanoseconds in a long: they hold times up to about 9.2e9 seconds. */
    private static final double RECORDED_TIMES = 9e9;

    @TempDir
    Path dir;

    // If a corpus scenario's code runs on Twisted, then each deferred has the events the engine gives it.
    @Test
    void code_ofEveryCorpusScenario_doesOnTwistedWhatTheEngineDoes() throws Exception {
        for (Path file : TraceCorpus.scenarios()) {
            check(file.getFileName().toString(), ScenarioReader.read(file));
        }
    }

    // For random valid scenarios (odd names and values included), the code on Twisted does what the engine does.
    @Test
    void code_ofRandomScenarios_doesOnTwistedWhatTheEngineDoes() throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        qt().withFixedSeed(Long.getLong("deferredsim.twisted.seed", 20260411L))
                .withExamples(Integer.getInteger("deferredsim.twisted.examples", 60))
                .forAll(ScenarioGenerators.scenarios())
                .checkAssert(scenarios::add);
        for (int i = 0; i < scenarios.size(); i++) {
            check("random-" + i + ": " + scenarios.get(i), scenarios.get(i));
        }
    }

    private void check(String what, Scenario scenario) throws Exception {
        List<String> engineTrace = TraceWriter.lines(Simulation.run(scenario));
        if (engineTrace.stream().anyMatch(line -> time(line) >= RECORDED_TIMES)) {
            return; // beyond the times a recording holds
        }
        String source = String.join("\n", ScenarioPython.lines(scenario)) + "\n";
        ProgramRun run = TwistedPython.record(dir, "scenario.py", source);
        assertThat(run.ending().complete())
                .as(what + ": the program ran to its end\n" + source)
                .isTrue();
        assertThat(run.ending().status()).as(what + ": exit status\n" + source).isZero();
        Map<String, String> names = new LinkedHashMap<>();
        ScenarioPython.variables(scenario).forEach((name, variable) -> names.put(variable, name));
        // Code that schedules nothing has no clock: its recording is timed by the wall clock, the engine's all at 0.
        boolean clocked = run.program().virtualClock();
        Map<String, List<String>> recorded = byDeferred(untimedUnless(clocked, TwistedPython.trace(run)), names);
        Map<String, List<String>> engine = byDeferred(untimedUnless(clocked, engineTrace), Map.of());
        engine.values().forEach(lines -> lines.removeIf(line -> line.contains("\"state\":\"unused\"")));
        engine.values().removeIf(List::isEmpty);
        assertThat(recorded).as(what + "\n" + source).isEqualTo(engine);
    }

    /**
     * The lines with their times rounded as a recording keeps them (to the nanosecond, then to 12
     * significant digits, which both the engine's and the tracer's floats agree on), or without
     * times when {@code timed} is false.
     */
    private static List<String> untimedUnless(boolean timed, List<String> lines) {
        return lines.stream()
                .map(line -> {
                    Matcher m = TIME.matcher(line);
                    if (!m.find()) {
                        return line;
                    }
                    String rounded = timed
                            ? "{\"t\":"
                                    + String.format(
                                            Locale.ROOT,
                                            "%.12g",
                                            new BigDecimal(m.group(1))
                                                    .setScale(9, RoundingMode.HALF_EVEN)
                                                    .doubleValue())
                                    + ","
                            : "{";
                    return rounded + line.substring(m.end());
                })
                .toList();
    }

    private static double time(String line) {
        Matcher m = TIME.matcher(line);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /**
     * The trace's lines by deferred, each deferred's in order, with the program's variable names
     * (as the deferred a line is about and as a returned deferred, {@code "<x>"}) turned back into
     * the scenario's names.
     */
    private static Map<String, List<String>> byDeferred(List<String> trace, Map<String, String> names) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String line : trace) {
            Matcher m = NAMED.matcher(line);
            StringBuilder renamed = new StringBuilder();
            String deferred = "";
            while (m.find()) {
                String scenarioName = names.get(m.group(2));
                String quoted = scenarioName == null ? null : Json.quoteUnicode(scenarioName);
                String name = quoted == null ? m.group(2) : quoted.substring(1, quoted.length() - 1);
                if (m.group(1).equals("\"d\":\"")) {
                    deferred = name;
                }
                m.appendReplacement(renamed, Matcher.quoteReplacement(m.group(1) + name + m.group(3)));
            }
            m.appendTail(renamed);
            out.computeIfAbsent(deferred, key -> new ArrayList<>()).add(renamed.toString());
        }
        return out;
    }
}
