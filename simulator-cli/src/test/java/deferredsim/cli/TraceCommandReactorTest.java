package deferredsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.testing.ReactorRuns;
import deferredsim.core.testing.TraceCorpus;
import deferredsim.core.trace.TraceWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** {@code deferred-sim trace} on reactor scenarios, next to deferred ones. */
@Isolated("sets a system property that the code under test reads")
class TraceCommandReactorTest {
    // If the file is a reactor scenario, then trace prints its recording's lines, reactor and Deferred events together.
    @Test
    void trace_reactorScenario_printsItsEvents(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("defer-9.json");
        Files.writeString(file, ReactorRuns.text("part7-2-defer-9-errback"));

        Result result = trace(file.toString());

        assertThat(result.status).isZero();
        assertThat(result.out).isEqualTo(TraceWriter.write(ReactorRuns.run("part7-2-defer-9-errback")));
        assertThat(result.out).contains("\"who\":\"program\",\"event\":\"reactor\"", "\"d\":\"d\",\"event\":\"fire\"");
    }

    // If a reactor scenario is invalid, then trace says where on stderr and exits with 2.
    @Test
    void trace_invalidReactorScenario_statusTwo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"reactor-scenario/1\", \"program\": {\"main\": [\"reactor.jump\"]}}");

        Result result = trace(file.toString());

        assertThat(result.status).isEqualTo(2);
        assertThat(result.err).startsWith(file + ":1:");
    }

    // If a reactor scenario runs away, then trace prints what happened up to the limit, names the limit on stderr and
    // exits with 1.
    @Test
    void trace_runawayReactorScenario_printsWhatHappenedAndTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("every-nanosecond.json");
        Files.writeString(
                file,
                "{\"format\": \"reactor-scenario/1\", \"program\": {\"main\": [\"lc = LoopingCall tick\","
                        + " \"lc.start 0.000000001\", \"reactor.run\"], \"functions\": {\"tick\": [\"print tick\"]}}}");

        Result result;
        System.setProperty("deferredsim.maxEvents", "5000");
        try {
            result = trace(file.toString());
        } finally {
            System.clearProperty("deferredsim.maxEvents");
        }

        assertThat(result.status).isEqualTo(1);
        assertThat(result.err)
                .startsWith("deferred-sim: " + file + ": the run was stopped after 5,000 events")
                .contains("-Ddeferredsim.maxEvents=N");
        assertThat(result.out.lines().filter(line -> line.contains("\"event\":\"print\"")))
                .hasSizeGreaterThan(1_000);
        assertThat(result.out).contains("\"who\":\"simulation\",\"event\":\"limit\"}");
        assertThat(result.out.lines().reduce((a, b) -> b))
                .hasValueSatisfying(last ->
                        assertThat(last).contains("\"d\":\"lc.deferred\",\"event\":\"result\",\"state\":\"pending\""));
    }

    // If the file is a deferred-scenario/1 file, then trace still prints exactly the corpus trace.
    @Test
    void trace_deferredScenario_unchanged() throws IOException {
        Path scenario = TraceCorpus.scenarios().get(0);
        Path onDisk = Files.createTempFile("scenario", ".json");
        Files.write(onDisk, Files.readAllBytes(scenario));

        Result result = trace(onDisk.toString());

        assertThat(result.out).isEqualTo(Files.readString(TraceCorpus.traceOf(scenario)));
    }

    private record Result(int status, String out, String err) {}

    private static Result trace(String file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new TraceCommand(
                        InputStream.nullInputStream(),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {file});
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
