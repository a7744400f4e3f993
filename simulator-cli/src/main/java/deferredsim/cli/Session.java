package deferredsim.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The no-command run: the classic diagram for piped input, the REPL for a terminal. */
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
        err.println("deferred-sim: the diagram is not built yet");
        return CommandLine.FAILED;
    }
}
