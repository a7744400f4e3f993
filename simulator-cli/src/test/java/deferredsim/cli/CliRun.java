package deferredsim.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of {@code deferred-sim}'s command line in this JVM, with standard input given and
 * standard output and error captured.
 *
 * @param status the exit status
 * @param out what was printed on standard output
 * @param err what was printed on standard error
 */
record CliRun(int status, String out, String err) {
    /** Runs {@code args} with {@code stdin} piped in (not a terminal). */
    static CliRun of(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CommandLine(
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false)
                .run(args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
