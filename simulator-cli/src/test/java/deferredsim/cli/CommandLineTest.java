package deferredsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deferred-sim}'s command line: --version, '-' for standard input, '--', and 'gui' in the terminal's jar. */
class CommandLineTest {
    private static final String SCENARIO = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
            + " \"fire\": {\"method\": \"callback\", \"value\": \"caf\u00e9\", \"after\": 0.1}}]}";
    private static final String TRACE =
            "{\"t\":0.1,\"d\":\"d\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"caf\u00e9\"}\n"
                + "{\"t\":0.1,\"d\":\"d\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"caf\u00e9\",\"unhandled\":false}\n";

    /** When --version is given, then one line names the program, its version and what it models, and exits 0. */
    @Test
    void version_printsOneLine() {
        CliRun run = CliRun.of("", "--version");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .matches("deferred-sim \\S+ \\(Twisted 22\\.4 semantics, trace contract v1\\.1; Java .+\\)\n");
        assertThat(run.out()).doesNotContain("${");
    }

    /** When the terminal's jar is asked for the window, then it says how to start the window and exits 2. */
    @Test
    void gui_saysHowToStartTheWindow() {
        CliRun run = CliRun.of("", "gui");
        assertThat(run.status()).isEqualTo(CommandLine.USAGE);
        assertThat(run.err())
                .contains("./deferred-sim gui [FILE.json]", "xvfb-run -a")
                .doesNotContain("not built yet");
    }

    /** When the file is '-', then trace reads the scenario from standard input. */
    @Test
    void traceDash_readsStandardInput() {
        CliRun run = CliRun.of(SCENARIO, "trace", "-");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(TRACE);
    }

    /** If the scenario on standard input is invalid, then the message calls it standard input and names the place. */
    @Test
    void traceDash_namesStandardInputInMessages() {
        CliRun run = CliRun.of("{\"format\": 1}", "trace", "-");
        assertThat(run.status()).isEqualTo(CommandLine.USAGE);
        assertThat(run.err()).startsWith("standard input:1:12: $.format: expected");
    }

    /** When '--' comes before a file name starting with '-', then the name is a file, not an option. */
    @Test
    void doubleDash_endsTheOptions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("-odd.json"), SCENARIO);
        CliRun run =
                CliRun.of("", "trace", "--", dir.resolve("-odd.json").toString().replace(dir + "/", ""));
        assertThat(run.err()).contains("-odd.json: no such file");
        CliRun found = CliRun.of("", "trace", "--", dir.resolve("-odd.json").toString());
        assertThat(found.out()).isEqualTo(TRACE);
        assertThat(CliRun.of("", "trace", "-odd.json").err())
                .startsWith("deferred-sim trace: unknown option '-odd.json'");
    }

    /** When export is given '-', then it reads the scenario from standard input too. */
    @Test
    void exportDash_readsStandardInput() {
        CliRun run = CliRun.of(SCENARIO, "export", "python", "-");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("clock.callLater(0.1, fire, \"d\"");
    }

    /** When the scenario file is '-' and standard input is piped, then its run is drawn, as for a named file. */
    @Test
    void sessionDash_drawsTheScenarioFromStandardInput(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), SCENARIO);
        CliRun named = CliRun.of("", file.toString());
        CliRun piped = CliRun.of(SCENARIO, "-");
        assertThat(piped.status()).isZero();
        assertThat(piped.out()).isEqualTo(named.out()).contains("caf\u00e9");
    }

    /** If the scenario piped to '-' is invalid, then the message calls it standard input, not a temporary file. */
    @Test
    void sessionDash_namesStandardInputInMessages() {
        CliRun run = CliRun.of("{\"format\": 1}", "-");
        assertThat(run.status()).isEqualTo(CommandLine.USAGE);
        assertThat(run.err()).contains("standard input").doesNotContain("deferred-sim-stdin");
    }
}
