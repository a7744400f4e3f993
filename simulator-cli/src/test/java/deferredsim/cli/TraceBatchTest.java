package deferredsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deferred-sim trace --batch}: every file stands alone, and --jsonl prints pure JSON Lines. */
class TraceBatchTest {
    private static final String GOOD =
            "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"fire\":"
                    + " {\"method\": \"callback\", \"value\": \"v\", \"after\": 0}}]}";

    @TempDir
    Path dir;

    @BeforeEach
    void writeFiles() throws IOException {
        Files.writeString(dir.resolve("a-good.json"), GOOD);
        Files.writeString(dir.resolve("b-invalid.json"), "{\"format\": \"deferred-scenario/1\", \"deferreds\": [}");
        Files.write(dir.resolve("c-not-utf8.json"), new byte[] {'{', (byte) 0xff, '}'});
        Files.writeString(dir.resolve("d-overflows.json"), GOOD.replace("\"v\"", "\"overflow\""));
        Files.writeString(dir.resolve("d-throws.json"), GOOD.replace("\"v\"", "\"throw\""));
        Files.writeString(dir.resolve("e-good.json"), GOOD.replace("\"d\"", "\"e\""));
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");
    }

    /**
     * If some files of a batch are invalid, not UTF-8, overflow the stack or make the simulator
     * throw, then each is reported on standard error and the files after it are still traced.
     */
    @Test
    void batch_reportsEachBadFileAndGoesOn() {
        CliRun run = trace("--batch", dir.toString());

        assertThat(run.out().lines().filter(l -> l.startsWith("### ")))
                .containsExactly(
                        "### a-good.json",
                        "### b-invalid.json",
                        "### c-not-utf8.json",
                        "### d-overflows.json",
                        "### d-throws.json",
                        "### e-good.json");
        assertThat(run.out())
                .endsWith(
                        "### e-good.json\n"
                            + "{\"t\":0,\"d\":\"e\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"v\"}\n"
                            + "{\"t\":0,\"d\":\"e\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"v\",\"unhandled\":false}\n");
        assertThat(run.err().lines().toList())
                .containsExactly(
                        dir.resolve("b-invalid.json") + ":1:49: expected a value (object, array, string, number, true,"
                                + " false or null) or ']', not '}'",
                        dir.resolve("c-not-utf8.json") + ":1:2: the byte 0xFF here is not UTF-8 text; save the file"
                                + " as UTF-8",
                        "deferred-sim: " + dir.resolve("d-overflows.json") + ": the scenario nests deeper than this"
                                + " Java stack allows; run Java with a bigger stack (-Xss64m)",
                        "deferred-sim: " + dir.resolve("d-throws.json") + ": internal error (IllegalStateException:"
                                + " broken\\u001b[31m); this is a bug in deferred-sim, please report it with the file");
        assertThat(run.status()).isEqualTo(CommandLine.FAILED);
    }

    /**
     * When --jsonl is given, then every output line is a JSON object whose first key is the file
     * name, and a bad file gives an object with its error and status.
     */
    @Test
    void batchJsonl_printsOnlyJsonObjectsNamingTheirFile() throws Exception {
        CliRun run = trace("--batch", "--jsonl", dir.toString());

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(8);
        for (String line : lines) {
            JsonObject object = (JsonObject) Json.parse(line);
            assertThat(object.members().get(0).key()).isEqualTo("file");
        }
        assertThat(lines.get(0))
                .isEqualTo("{\"file\":\"a-good.json\",\"t\":0,\"d\":\"d\",\"event\":\"fire\",\"method\":\"callback\","
                        + "\"value\":\"v\"}");
        JsonObject invalid = (JsonObject) Json.parse(lines.get(2));
        assertThat(((JsonString) invalid.get("file")).value()).isEqualTo("b-invalid.json");
        assertThat(((JsonString) invalid.get("error")).value()).contains(":1:49: ");
        assertThat(lines.get(2)).endsWith(",\"status\":2}");
        assertThat(run.err().lines()).hasSize(4);
    }

    /** If the only file given makes the simulator fail, then trace reports it and exits 1 without a trace. */
    @Test
    void single_reportsAFailureWithStatusOne() {
        CliRun run = trace(dir.resolve("d-throws.json").toString());
        assertThat(run.status()).isEqualTo(CommandLine.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("internal error (IllegalStateException");
    }

    /** If --jsonl comes without --batch, then the command says they go together and exits 2. */
    @Test
    void jsonlWithoutBatch_isAUsageError() {
        CliRun run =
                CliRun.of("", "trace", "--jsonl", dir.resolve("a-good.json").toString());
        assertThat(run.status()).isEqualTo(CommandLine.USAGE);
        assertThat(run.err()).startsWith("deferred-sim trace: --jsonl goes with --batch DIR");
    }

    /**
     * Runs {@code trace ARGS} with a tracer that overflows the stack on a fire value "overflow",
     * throws on "throw" (with an escape sequence in its message) and simulates everything else.
     */
    private static CliRun trace(String... args) {
        TraceOutcome.Tracer failing = text -> {
            if (text.contains("\"overflow\"")) {
                throw new StackOverflowError();
            }
            if (text.contains("\"throw\"")) {
                throw new IllegalStateException("broken\u001b[31m");
            }
            return TraceOutcome.SIMULATOR.trace(text);
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = new TraceCommand(
                        java.io.InputStream.nullInputStream(),
                        new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                        failing)
                .run(args);
        return new CliRun(
                status,
                out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
