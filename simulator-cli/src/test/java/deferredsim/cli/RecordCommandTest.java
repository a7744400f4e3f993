package deferredsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.testing.TwistedPython;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deferred-sim record}: its command line, and a recording made with it opened by {@code
 * trace} and by the piped simulator. The tests that run Python are skipped, saying what to
 * install, where Python or Twisted is missing.
 */
class RecordCommandTest {
    @TempDir
    Path dir;

    // If record is asked for help, then it explains the options, the limits, the safety rule and what to install.
    @Test
    void recordHelp_documentsOptionsLimitsAndInstall() {
        CliRun run = CliRun.of("", "record", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains(
                        "deferred-sim record [OPTIONS] SCRIPT.py [ARGS...] [-o FILE]",
                        "--time-limit SECONDS",
                        "--max-events N",
                        "--max-output BYTES",
                        "--python PATH",
                        "Ctrl-C",
                        "never runs anything",
                        "python3-twisted",
                        "docs/recording-format.md");
    }

    // If record is given no script, then it says what it expected and exits with 2.
    @Test
    void record_noScript_usageError() {
        CliRun run = CliRun.of("", "record", "-o", "x.json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("expected the Python script to record");
    }

    // If record is given an unknown option, then it names it and exits with 2.
    @Test
    void record_unknownOption_namesIt() {
        CliRun run = CliRun.of("", "record", "--fast", "x.py");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option '--fast'");
    }

    // If the time limit is not a positive number, then record names the value and exits with 2.
    @Test
    void record_badTimeLimit_namesTheValue() {
        CliRun run = CliRun.of("", "record", "--time-limit", "soon", "x.py");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--time-limit", "'soon'");
    }

    // If the script does not exist, then record says so without running any Python and exits with 1.
    @Test
    void record_missingScript_saysSo() {
        CliRun run = CliRun.of("", "record", dir.resolve("nowhere.py").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere.py", "there is no such file").doesNotContain("Exception");
    }

    // If the Python named cannot be run, then record says what to install and exits with 1, with no stack trace.
    @Test
    void record_pythonNotFound_saysWhatToInstall() throws Exception {
        Path script = Files.writeString(dir.resolve("s.py"), "print('hi')\n");

        CliRun run =
                CliRun.of("", "record", "--python", dir.resolve("no-python").toString(), script.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("python3-twisted").doesNotContain("Exception", "\tat ");
    }

    // If a script is recorded with -o after its arguments, then the file is written, the program got its arguments,
    // and trace prints the canonical trace of what its deferreds did.
    @Test
    void record_thenTrace_printsWhatTheProgramsDeferredsDid() throws Exception {
        TwistedPython.require();
        Path script = Files.writeString(dir.resolve("greet.py"), """
            import sys
            from twisted.internet.defer import Deferred
            hello = Deferred()
            hello.addCallback(lambda name: "hello " + name)
            hello.addCallback(print)
            hello.callback(sys.argv[1])
            """);
        Path file = dir.resolve("greet.json");

        CliRun recorded = CliRun.of("", "record", script.toString(), "world", "-o", file.toString());
        CliRun traced = CliRun.of("", "trace", file.toString());

        assertThat(recorded.status()).isZero();
        assertThat(recorded.out()).contains("hello world");
        assertThat(recorded.err()).contains("finished (exit status 0)", "recorded 1 deferred", file.toString());
        assertThat(traced.status()).isZero();
        assertThat(traced.out().lines().map(line -> line.replaceFirst("^\\{\"t\":[0-9.eE+-]+,", "{")))
                .containsExactly(
                        "{\"d\":\"hello\",\"event\":\"fire\",\"method\":\"callback\",\"value\":\"world\"}",
                        "{\"d\":\"hello\",\"event\":\"run\",\"stage\":0,\"side\":\"callback\",\"in\":\"world\","
                                + "\"out\":\"hello world\"}",
                        "{\"d\":\"hello\",\"event\":\"run\",\"stage\":1,\"side\":\"callback\","
                                + "\"in\":\"hello world\",\"out\":\"None\"}",
                        "{\"d\":\"hello\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"None\","
                                + "\"unhandled\":false}");
    }

    // If a recording is opened with piped input, then its run is drawn once, titled with the script.
    @Test
    void openRecording_piped_drawsTheRecordedRun() throws Exception {
        TwistedPython.require();
        Path script = Files.writeString(dir.resolve("twice.py"), """
            from twisted.internet.defer import Deferred
            d = Deferred()
            d.addCallbacks(str.upper, print)
            d.callback("loud")
            """);
        Path file = dir.resolve("twice.json");
        assertThat(CliRun.of("", "record", script.toString(), "-o", file.toString())
                        .status())
                .isZero();

        CliRun opened = CliRun.of("", file.toString());

        assertThat(opened.status()).isZero();
        assertThat(opened.out()).contains("twice.py, recorded", "d = Deferred()", "upper", "LOUD");
    }

    // If a recording file is damaged, then trace names the line and column and exits with 2.
    @Test
    void traceRecording_damaged_namesThePlace() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), """
            {"format":"deferred-recording/1",
            "program":{"script":"x.py","args":[],"python":"3.11","twisted":"22.4.0"},
            "clock":"real",
            "ended":{"how":"finished","status":0,"seconds":0.1},
            "output":[],
            "events":[
            {"t":0,"e":"fire","d":"nobody","method":"callback","value":"x"}
            ]}
            """);

        CliRun run = CliRun.of("", "trace", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).containsPattern("bad\\.json:7:[0-9]+").doesNotContain("\tat ");
    }
}
