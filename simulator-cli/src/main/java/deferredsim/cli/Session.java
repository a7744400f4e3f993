package deferredsim.cli;

import deferredsim.cli.classic.ClassicPipe;
import deferredsim.core.io.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The run without a command: {@code deferred-sim [--narrow] [--] [FILE.json|-]}. Piped input gets
 * only the classic diagram (spec section 5), or the run of the scenario named (read from standard
 * input for {@code -}); a terminal gets the REPL.
 */
final class Session {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    Session(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    int run(String[] args) {
        Operands given = Operands.of(args);
        String unknown = given.unknownOption(List.of("--narrow"));
        if (unknown != null || given.operands().size() > 1) {
            err.println(
                    unknown != null
                            ? "deferred-sim: unknown option '" + TraceCommand.oneLine(unknown) + "'"
                            : "deferred-sim: expected one scenario file at most, not "
                                    + given.operands().size());
            err.print(Usage.TEXT);
            return CommandLine.USAGE;
        }
        boolean narrow = given.has("--narrow");
        String file = given.operands().isEmpty() ? null : given.operands().get(0);
        if (!interactive && file == null) {
            return ClassicPipe.run(in, out, err, narrow);
        }
        if (Operands.STANDARD_INPUT.equals(file)) {
            return fromStandardInput(narrow);
        }
        return new deferredsim.cli.repl.ReplLauncher(in, out, err, interactive).run(narrow, file);
    }

    /**
     * {@code deferred-sim -}: the scenario comes from standard input, which must then be piped (a
     * terminal is where the prompt reads its commands). The text is read within the size limit,
     * kept in a private temporary file for the one drawing, and every message says "standard
     * input" where that file's name would be.
     */
    private int fromStandardInput(boolean narrow) {
        if (interactive) {
            err.println("deferred-sim: '-' reads a scenario from standard input, but standard input is this"
                    + " terminal; pipe one in (deferred-sim - < FILE.json) or name the file");
            return CommandLine.USAGE;
        }
        ScenarioInput input = ScenarioInput.of(Operands.STANDARD_INPUT);
        Path dir = null;
        try {
            String text = input.read(in);
            dir = Files.createTempDirectory("deferred-sim-stdin");
            Path file = Files.writeString(dir.resolve("scenario.json"), text, StandardCharsets.UTF_8);
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            PrintStream captured = new PrintStream(messages, true, StandardCharsets.UTF_8);
            int status = new deferredsim.cli.repl.ReplLauncher(in, out, captured, false).run(narrow, file.toString());
            err.print(messages.toString(StandardCharsets.UTF_8).replace(file.toString(), input.name()));
            return status;
        } catch (InputException unreadable) {
            err.println("deferred-sim: " + TraceCommand.oneLine(unreadable.getMessage()));
            return CommandLine.USAGE;
        } catch (IOException noTemporaryFile) {
            err.println(
                    "deferred-sim: cannot keep standard input in a temporary file: " + noTemporaryFile.getMessage());
            return CommandLine.FAILED;
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve("scenario.json"));
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // A temporary directory left behind is cleaned with the others of the system.
        }
    }
}
