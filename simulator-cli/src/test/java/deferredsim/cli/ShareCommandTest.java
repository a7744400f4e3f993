package deferredsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.testing.ReactorRuns;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deferred-sim share FILE} and {@code deferred-sim SHARE-LINE}, through the command line. */
class ShareCommandTest {
    private static final String SCENARIO = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
            + " \"chain\": [[\"r good\", \"f bad\"], [\"f googly\", \"p\"]],"
            + " \"fire\": {\"method\": \"errback\", \"value\": \"boom\", \"after\": 2}}]}";

    @TempDir
    Path dir;

    // When a file is shared and the line is given back to deferred-sim (piped), then the run printed is the file's.
    @Test
    void share_thenOpenTheLine_printsTheSameRunAsTheFile() throws IOException {
        Path file = dir.resolve("chain.json");
        Files.writeString(file, SCENARIO);

        Result shared = run("share", file.toString());
        String line = shared.out.strip();
        Result fromLine = run(line);
        Result fromFile = run(file.toString());

        assertThat(shared.status).isZero();
        assertThat(line).startsWith("dsim1:").doesNotContain("\n", " ");
        assertThat(fromLine.status).isZero();
        assertThat(fromLine.out).contains("boom").isEqualTo(fromFile.out);
    }

    // When a reactor scenario is shared, then its line opens the same timeline as its file.
    @Test
    void share_reactorScenario_reopensTheSameTimeline() throws IOException {
        Path file = dir.resolve("part5.json");
        Files.writeString(file, ReactorRuns.text("part7-2-defer-9-errback"));

        String line = run("share", file.toString()).out.strip();

        String fromLine = run(line).out;
        String fromFile = run(file.toString()).out;

        assertThat(fromLine).startsWith("# Part 7, self-check 2: ");
        assertThat(withoutTitle(fromLine)).contains("poem download failed").isEqualTo(withoutTitle(fromFile));
    }

    // If the file to share is not a valid scenario, then nothing is printed on stdout and stderr says where.
    @Test
    void share_invalidFile_saysWhereAndStatusTwo() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"deferred-scenario/1\",\n \"deferreds\": [{\"name\": 3}]}");

        Result result = run("share", file.toString());

        assertThat(result.status).isEqualTo(2);
        assertThat(result.out).isEmpty();
        assertThat(result.err).startsWith("deferred-sim: " + file + ":2:");
    }

    // If a share line given on the command line was cut short, then the message says so, with no stack trace.
    @Test
    void openLine_cutShort_saysSo() throws IOException {
        Path file = dir.resolve("chain.json");
        Files.writeString(file, SCENARIO);
        String line = run("share", file.toString()).out.strip();

        Result result = run(line.substring(0, line.length() - 7));

        assertThat(result.status).isEqualTo(2);
        assertThat(result.err).contains("not a share line: it was cut short").doesNotContain("Exception");
    }

    // When a scenario's diagram is exported as SVG, from its file or its share line, then both give the same picture
    // with the failure in red.
    @Test
    void exportSvg_fileAndShareLine_sameColouredPicture() throws IOException {
        Path file = dir.resolve("chain.json");
        Files.writeString(file, SCENARIO);
        String line = run("share", file.toString()).out.strip();

        Result fromFile = run("export", "svg", file.toString());
        Result fromLine = run("export", "svg", line);

        assertThat(fromFile.status).isZero();
        assertThat(fromFile.out)
                .startsWith("<?xml")
                .contains("<svg ", "boom", "fill=\"#cf222e\"")
                .endsWith("</svg>\n");
        assertThat(fromLine.out).isEqualTo(fromFile.out);
    }

    // When the classic chain is saved and exported as SVG, then the picture has the classic diagram's columns.
    @Test
    void exportSvg_classicChain_hasTheThreeColumns() throws IOException {
        Path file = dir.resolve("classic.json");
        Files.writeString(
                file,
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
                        + " \"chain\": [[\"r good\", \"f bad\"]]}]}");

        Result result = run("export", "svg", file.toString());

        assertThat(result.out).contains("d.callback(initial)", "d.errback(initial*)");
    }

    private static String withoutTitle(String screen) {
        return screen.substring(screen.indexOf('\n'));
    }

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = new CommandLine(
                        new ByteArrayInputStream(new byte[0]),
                        outStream,
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false)
                .run(args);
        outStream.flush();
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
