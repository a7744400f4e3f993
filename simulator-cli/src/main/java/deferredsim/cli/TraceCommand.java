package deferredsim.cli;

import deferredsim.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code deferred-sim trace FILE.json} and {@code deferred-sim trace --batch DIR}: the canonical
 * trace of scenarios (spec section 5). A file whose {@code format} is {@code reactor-scenario/…}
 * runs on the reactor model and prints its events in the same JSON Lines style; every other file is
 * read as {@code deferred-scenario/1}. {@code -} reads standard input; {@code --} ends the options.
 *
 * <p>Exit status: 0 when every scenario was traced; 2 when one was invalid (the message names the
 * place); 1 when the simulator could not finish one. In a batch each file stands alone: a bad one
 * is reported on standard error and the run goes on with the next.
 */
final class TraceCommand {
    static final String HELP = String.join(
            "\n",
            "Usage: deferred-sim trace [--] FILE.json",
            "       deferred-sim trace --batch [--jsonl] [--] DIR",
            "",
            "Prints the canonical JSON-Lines trace of a scenario: what real Twisted does with it.",
            "FILE - reads the scenario from standard input.",
            "A reactor scenario (\"format\": \"reactor-scenario/1\") prints its reactor events too.",
            "A recording of a program (deferred-sim record) prints what its Deferreds did, in the same words;",
            "nothing is run: the recording holds the events.",
            "--batch DIR prints, for every DIR/*.json in byte-wise file-name order, a line",
            "'### NAME.json' and then that scenario's trace; a file that cannot be traced is",
            "reported on standard error and the run goes on with the next.",
            "--jsonl (with --batch) prints pure JSON Lines instead: each trace line with",
            "\"file\":\"NAME.json\" first, and {\"file\":\"NAME.json\",\"error\":\"...\"} for a file that",
            "cannot be traced (also reported on standard error).",
            "Exit status: 0; 2 when a scenario is invalid (a message names the place);",
            "1 when the simulator could not finish one.",
            "");

    private static final List<String> OPTIONS = List.of("--batch", "--jsonl", "--help", "-h");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final TraceOutcome.Tracer tracer;

    TraceCommand(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, TraceOutcome.SIMULATOR);
    }

    /** A trace command that traces with {@code tracer} (tests give one that fails on purpose). */
    TraceCommand(InputStream in, PrintStream out, PrintStream err, TraceOutcome.Tracer tracer) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.tracer = tracer;
    }

    int run(String[] args) {
        Operands given = Operands.of(args);
        if (given.has("--help") || given.has("-h")) {
            out.print(HELP);
            return CommandLine.OK;
        }
        String unknown = given.unknownOption(OPTIONS);
        if (unknown != null || given.operands().size() != 1) {
            err.println(
                    unknown != null
                            ? "deferred-sim trace: unknown option " + quoted(unknown)
                            : "deferred-sim trace: expected one " + (given.has("--batch") ? "directory" : "file")
                                    + ", not " + given.operands().size());
            err.print(HELP);
            return CommandLine.USAGE;
        }
        if (given.has("--jsonl") && !given.has("--batch")) {
            err.println("deferred-sim trace: --jsonl goes with --batch DIR");
            return CommandLine.USAGE;
        }
        String operand = given.operands().get(0);
        if (given.has("--batch")) {
            return batch(operand, given.has("--jsonl"));
        }
        TraceOutcome outcome = TraceOutcome.of(ScenarioInput.of(operand), in, tracer);
        outcome.printed().forEach(out::println);
        report(outcome);
        out.flush();
        return outcome.status();
    }

    private int batch(String operand, boolean jsonLines) {
        Path dir = Path.of(operand);
        if (!Files.isDirectory(dir)) {
            err.println("deferred-sim trace: " + quoted(operand) + " is not a directory");
            return CommandLine.USAGE;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .forEach(files::add);
        } catch (IOException | RuntimeException e) {
            err.println("deferred-sim trace: cannot list " + quoted(operand) + ": " + e.getMessage());
            return CommandLine.USAGE;
        }
        files.sort((a, b) ->
                compareBytes(a.getFileName().toString(), b.getFileName().toString()));
        int status = CommandLine.OK;
        for (Path file : files) {
            String name = file.getFileName().toString();
            TraceOutcome outcome = TraceOutcome.of(ScenarioInput.of(file.toString()), in, tracer);
            if (jsonLines) {
                printJsonLines(name, outcome);
            } else {
                out.println("### " + name);
                outcome.printed().forEach(out::println);
            }
            out.flush();
            report(outcome);
            status = worse(status, outcome.status());
        }
        out.flush();
        return status;
    }

    /** One JSON object per line, each naming its file: the trace lines, or the error. */
    private void printJsonLines(String name, TraceOutcome outcome) {
        String file = "{\"file\":" + Json.quoteUnicode(name);
        switch (outcome) {
            case TraceOutcome.Traced traced ->
                traced.lines().forEach(line -> out.println(file + "," + line.substring(1)));
            case TraceOutcome.Rejected rejected ->
                out.println(file + ",\"error\":" + Json.quoteUnicode(rejected.message()) + ",\"status\":"
                        + rejected.status() + "}");
            case TraceOutcome.Failed failed ->
                out.println(file + ",\"error\":" + Json.quoteUnicode(failed.message()) + ",\"status\":"
                        + failed.status() + "}");
        }
    }

    /** The message of a rejection or failure, on one line, on standard error. */
    private void report(TraceOutcome outcome) {
        switch (outcome) {
            case TraceOutcome.Traced traced -> {}
            case TraceOutcome.Rejected rejected -> err.println(oneLine(rejected.message()));
            case TraceOutcome.Failed failed -> err.println("deferred-sim: " + oneLine(failed.message()));
        }
        err.flush();
    }

    /** The status of a batch so far combined with one more: a failure (1) outweighs a rejection (2). */
    private static int worse(int status, int next) {
        if (status == CommandLine.FAILED || next == CommandLine.FAILED) {
            return CommandLine.FAILED;
        }
        return Math.max(status, next);
    }

    /** {@code text} with control characters shown as escapes, so a message is one harmless line. */
    static String oneLine(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                safe.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                safe.append((char) c);
            }
        });
        return safe.toString();
    }

    private static String quoted(String text) {
        return "'" + oneLine(text) + "'";
    }

    /** Byte-wise (UTF-8) order of file names, as {@code LC_ALL=C sort} gives. */
    static int compareBytes(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
