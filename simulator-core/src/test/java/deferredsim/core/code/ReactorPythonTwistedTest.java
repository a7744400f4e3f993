package deferredsim.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonNumber;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.program.PythonFinder;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.event.ReactorPhase;
import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.testing.ReactorRuns;
import deferredsim.core.testing.TwistedPython;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the program of every reactor example with one, written by {@link ReactorPython}, under real
 * Twisted 22.4 ({@code virtual_reactor.py}: Twisted's select reactor on a virtual clock, the
 * example's slow poetry servers served in the same reactor; one Python for the class, forked per
 * program) and checks that it does what the
 * simulator says: the same lines printed at the same times, the same errors logged, the reactor
 * stopped at the same time, and the same end (exit, crash, idle for ever). Skipped, saying what to
 * install, where Python or Twisted is missing.
 */
class ReactorPythonTwistedTest {
    @TempDir
    Path dir;

    /** The lessons' scenario files, read from the source tree (the core module does not depend on the lessons). */
    private static final Path LESSONS = Path.of("..", "lessons", "src", "main", "resources", "lessons");

    /**
     * Every example and lesson scenario with a program (once: a lesson's copy of an example is the
     * example): its name, and the scenario.
     */
    static Stream<org.junit.jupiter.params.provider.Arguments> programs() throws IOException {
        List<org.junit.jupiter.params.provider.Arguments> all = new ArrayList<>();
        for (String name : ReactorRuns.names()) {
            all.add(org.junit.jupiter.params.provider.Arguments.of(name, ReactorRuns.scenario(name)));
        }
        if (Files.isDirectory(LESSONS)) {
            try (Stream<Path> files = Files.walk(LESSONS)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    String json = Files.readString(file);
                    if (ReactorScenarioReader.declaresReactorFormat(json)) {
                        all.add(org.junit.jupiter.params.provider.Arguments.of(
                                LESSONS.relativize(file).toString(), readReactor(json)));
                    }
                }
            }
        }
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        return all.stream()
                .filter(a -> ReactorPython.hasCode((ReactorScenario) a.get()[1]))
                .filter(a -> seen.add(List.of(
                        ((ReactorScenario) a.get()[1]).program().orElseThrow(),
                        ((ReactorScenario) a.get()[1]).servers())));
    }

    private static ReactorScenario readReactor(String json) {
        try {
            return ReactorScenarioReader.read(json);
        } catch (deferredsim.core.scenario.ScenarioException broken) {
            throw new IllegalStateException(broken.getMessage(), broken);
        }
    }

    // If an example's or a lesson's program is written as Python and run under Twisted, then it prints, logs, stops
    // and ends as the simulator's run of it does, at the same times.
    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void module_underTwisted_doesWhatTheSimulatorRecords(String name, ReactorScenario scenario) throws Exception {

        List<String> twisted = underTwisted(scenario);

        List<String> simulated = simulated(ReactorSimulation.run(scenario));
        if (HEAP_ORDER.contains(name)) {
            assertThat(byInstant(twisted)).as(name).containsExactlyElementsOf(byInstant(simulated));
        } else {
            assertThat(twisted).as(name).containsExactlyElementsOf(simulated);
        }
    }

    /**
     * Examples with timed calls due at the same instant whose order shows: Twisted runs them in its
     * heap's order, the simulator in the order they were scheduled (docs/reactor-scenarios.md, "Not
     * modelled"), so what happens at such an instant is compared without its order.
     */
    private static final java.util.Set<String> HEAP_ORDER =
            java.util.Set.of("part3-1-three-countdowns", "03-our-eye-beams-begin-to-twist/three-countdowns.json");

    /** {@code lines} with the lines of each instant sorted. */
    private static List<String> byInstant(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(
                java.util.Comparator.comparing((String line) -> new BigDecimal(line.substring(2, line.indexOf(' '))))
                        .thenComparing(java.util.Comparator.naturalOrder()));
        return sorted;
    }

    /** What the simulator's program did, in the harness's words. */
    static List<String> simulated(Recording recording) {
        List<String> out = new ArrayList<>();
        for (SimEvent event : recording.events()) {
            switch (event) {
                case ProcessEvents.Printed e
                when e.who().equals(ReactorSimulation.PROGRAM) ->
                    out.add(at(e.time().seconds()) + " print" + (e.stderr() ? " (stderr) " : " ") + e.text());
                case ReactorEvents.ErrorLogged e
                when e.who().equals(ReactorSimulation.PROGRAM) ->
                    out.add(at(e.time().seconds()) + " log " + e.error());
                case ReactorEvents.StateChanged e
                when e.who().equals(ReactorSimulation.PROGRAM) && e.phase() == ReactorPhase.STOPPING ->
                    out.add(at(e.time().seconds()) + " stop");
                case ReactorEvents.StateChanged e
                when e.who().equals(ReactorSimulation.PROGRAM) && e.phase() == ReactorPhase.IDLE_FOREVER ->
                    out.add(at(e.time().seconds()) + " idle-forever");
                case ProcessEvents.Exited e
                when e.who().equals(ReactorSimulation.PROGRAM) ->
                    out.add(at(e.time().seconds()) + " exit");
                case ProcessEvents.Crashed e
                when e.who().equals(ReactorSimulation.PROGRAM) ->
                    out.add(at(e.time().seconds()) + " crash " + e.error());
                case ProcessEvents.LimitReached e -> out.add(at(e.time().seconds()) + " limit");
                default -> {}
            }
        }
        return out;
    }

    private List<String> underTwisted(ReactorScenario scenario) throws Exception {
        Path module = Files.write(dir.resolve("program.py"), ReactorPython.lines(scenario));
        Path config = Files.writeString(dir.resolve("config.json"), config(scenario));
        List<String> out = new ArrayList<>();
        for (String line : harness().run(module, config, dir)) {
            out.add(said(line));
        }
        return out;
    }

    /** One harness for the whole class: its Python imports Twisted once, and forks for each program. */
    private static Harness harness;

    private Harness harness() throws IOException {
        PythonFinder.Found python = TwistedPython.require();
        if (harness == null) {
            Path script = Files.createTempFile("virtual_reactor", ".py");
            try (InputStream in = getClass().getResourceAsStream("/python/virtual_reactor.py")) {
                Files.write(script, in.readAllBytes());
            }
            harness = new Harness(python, script);
        }
        return harness;
    }

    @AfterAll
    static void stopHarness() throws Exception {
        if (harness != null) {
            harness.close();
            harness = null;
        }
    }

    /**
     * {@code virtual_reactor.py --serve}: one Python process that has imported Twisted, running each
     * program in a fork of itself (a fresh reactor each time), and answering with the run's records.
     */
    private static final class Harness {
        private final Process process;
        private final Path script;
        private final BufferedWriter requests;
        private final BufferedReader records;

        Harness(PythonFinder.Found python, Path script) throws IOException {
            this.script = script;
            this.process = new ProcessBuilder(python.command(), script.toString(), "--serve")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            this.requests =
                    new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            this.records = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** The records of {@code module} run with {@code config} in the folder {@code dir}, in order. */
        List<String> run(Path module, Path config, Path dir) throws IOException {
            requests.write("{\"module\":" + Json.quote(module.toString()) + ",\"config\":"
                    + Json.quote(config.toString()) + ",\"dir\":" + Json.quote(dir.toString()) + "}\n");
            requests.flush();
            List<String> lines = new ArrayList<>();
            for (String line = records.readLine(); ; line = records.readLine()) {
                if (line == null) {
                    throw new IOException("virtual_reactor.py ended before it finished a run");
                }
                if (line.equals("{\"event\": \"done\"}")) {
                    return lines;
                }
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }

        /** Ends the harness: it leaves when its requests end. */
        void close() throws IOException, InterruptedException {
            requests.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(script);
        }
    }

    /** One line of the harness as the simulated ones are written. */
    private static String said(String line) throws Exception {
        JsonObject record = (JsonObject) Json.parse(line);
        String time = at(((JsonNumber) record.get("t")).value());
        String event = text(record.get("event"));
        return switch (event) {
            case "print" ->
                time + " print" + (text(record.get("stream")).equals("stderr") ? " (stderr) " : " ")
                        + text(record.get("text"));
            case "log", "crash" -> time + " " + event + " " + text(record.get("error"));
            default -> time + " " + event;
        };
    }

    private static String text(JsonNode node) {
        return ((JsonString) node).value();
    }

    private static String at(BigDecimal seconds) {
        return "t="
                + seconds.setScale(6, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros()
                        .toPlainString();
    }

    /**
     * The harness's configuration: the scenario's time limit, its slow poetry servers and its fast
     * Twisted servers (Part 11's, the one kind of Twisted server a lesson's program talks to).
     */
    private static String config(ReactorScenario scenario) {
        List<String> servers = new ArrayList<>();
        for (ReactorScenario.Server server : scenario.servers()) {
            String poem = server.poem().text() != null
                    ? "\"text\":" + Json.quote(server.poem().text())
                    : "\"bytes\":" + server.poem().size();
            servers.add(String.format(
                    Locale.ROOT,
                    "{\"port\":%d,%s,\"chunk\":%d,\"delay\":%s}",
                    server.port(),
                    poem,
                    server.chunk(),
                    server.delay()));
        }
        List<String> fast = new ArrayList<>();
        for (deferredsim.core.reactor.server.ServerSpec server : scenario.twistedServers()) {
            if (server.kind() != deferredsim.core.reactor.server.ServerKind.FAST
                    || server.start().compareTo(deferredsim.core.time.Time.ZERO) != 0) {
                throw new IllegalStateException("virtual_reactor.py serves only fast Twisted servers listening from"
                        + " the start, not " + server);
            }
            String poem = server.poem().text() != null
                    ? "\"text\":" + Json.quote(server.poem().text())
                    : "\"bytes\":" + server.poem().size();
            fast.add(String.format(Locale.ROOT, "{\"port\":%d,%s}", server.port(), poem));
        }
        return "{\"until\":" + scenario.until() + ",\"servers\":[" + String.join(",", servers) + "],\"fastServers\":["
                + String.join(",", fast) + "]}";
    }
}
