package deferredsim.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Dispatches the command line to the trace command, the classic diagram or the REPL. */
final class CommandLine {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    CommandLine(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        err.println("deferred-sim: not built yet");
        return 1;
    }
}
