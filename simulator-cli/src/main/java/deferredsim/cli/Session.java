package deferredsim.cli;

import deferredsim.cli.classic.ClassicPipe;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * The run without a command: {@code deferred-sim [--narrow] [FILE.json]}. Piped input gets only
 * the classic diagram (spec section 5); a terminal gets the REPL.
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
        boolean narrow = false;
        String file = null;
        for (String arg : args) {
            if (arg.equals("--narrow")) {
                narrow = true;
            } else if (!arg.startsWith("-") && file == null) {
                file = arg;
            } else {
                err.println("deferred-sim: unknown option '" + arg + "'");
                err.print(Usage.TEXT);
                return CommandLine.USAGE;
            }
        }
        if (!interactive && file == null) {
            return ClassicPipe.run(in, out, err, narrow);
        }
        return new deferredsim.cli.repl.ReplLauncher(in, out, err, interactive).run(narrow, file);
    }
}
