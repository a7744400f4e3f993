package deferredsim.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * Dispatches {@code deferred-sim}'s arguments: {@code trace ...}, {@code export ...}, {@code gui}
 * (which only says how to start the window), {@code --help}, {@code --version}, or (with no
 * command) the classic diagram for piped input and the REPL for a terminal.
 */
final class CommandLine {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /**
     * The answer to {@code gui} reaching this program (the terminal simulator's jar, which has no
     * JavaFX): the window is its own program, and this is how to start it.
     */
    static final String GUI_ELSEWHERE = String.join(
            "\n",
            "deferred-sim: this jar is the terminal simulator; the window (JavaFX) is a separate program.",
            "Start it from the project folder with:",
            "    ./deferred-sim gui [FILE.json]",
            "(the first run builds it, about a minute; it needs a display: on a server, xvfb-run -a ./deferred-sim"
                    + " gui)",
            "");

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
            return new TraceCommand(in, out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("record")) {
            return new RecordCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("export")) {
            return new ExportCommand(in, out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("share")) {
            return new ShareCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length == 1 && args[0].equals("--warm-up")) {
            return WarmUp.run();
        }
        if (args.length > 0 && args[0].equals("gui")) {
            err.print(GUI_ELSEWHERE);
            return USAGE;
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.print(Usage.TEXT);
            return OK;
        }
        if (args.length > 0 && args[0].equals("--version")) {
            out.println(Version.line());
            return OK;
        }
        return new Session(in, out, err, interactive).run(args);
    }
}
