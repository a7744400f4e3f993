package deferredsim.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * Dispatches {@code deferred-sim}'s arguments: {@code trace ...}, {@code gui}, {@code --help}, or
 * (with no command) the classic diagram for piped input and the REPL for a terminal.
 */
final class CommandLine {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    /**
     * @param interactive whether standard input is a terminal (the REPL) or not (piped: diagram only)
     */
    CommandLine(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /** Runs the command {@code args} names and returns the process exit status. */
    int run(String[] args) {
        if (args.length > 0 && args[0].equals("trace")) {
            return new TraceCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("record")) {
            return new RecordCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("export")) {
            return new ExportCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length == 1 && args[0].equals("--warm-up")) {
            return WarmUp.run();
        }
        if (args.length > 0 && args[0].equals("gui")) {
            err.println("deferred-sim: the window is not built yet; use the terminal for now (./deferred-sim).");
            return FAILED;
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.print(Usage.TEXT);
            return OK;
        }
        return new Session(in, out, err, interactive).run(args);
    }
}
