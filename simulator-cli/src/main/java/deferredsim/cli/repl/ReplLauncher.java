package deferredsim.cli.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Starts the interactive simulator on the system terminal (or, for tests, on any JLine terminal):
 * completion, highlighting, persistent history in {@code ~/.deferred-sim/history}; Ctrl-C abandons
 * the line, Ctrl-D leaves.
 */
public final class ReplLauncher {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    public ReplLauncher(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /**
     * Runs the REPL until the user leaves, starting from {@code file} when given; returns the exit
     * status. Without a terminal, a given file is drawn once instead.
     */
    public int run(boolean narrow, String file) {
        if (!interactive && file != null) {
            return drawOnce(narrow, file);
        }
        try (Terminal terminal = interactive
                ? TerminalBuilder.builder().system(true).name("deferred-sim").build()
                : new DumbTerminal("deferred-sim", "dumb", in, out, StandardCharsets.UTF_8)) {
            return run(terminal, homeDirectory(), narrow, file);
        } catch (IOException e) {
            err.println("deferred-sim: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Runs a short session on a dumb terminal fed from {@code in}, writing to {@code out}: loads the
     * REPL's classes for the launcher's class-data-sharing archive. History stays in a temporary
     * directory.
     */
    public static void warmUp(InputStream in, PrintStream out) {
        try (Terminal terminal = new DumbTerminal("warm-up", "dumb", in, out, StandardCharsets.UTF_8)) {
            Path home = Files.createTempDirectory("deferred-sim-warm-up");
            run(terminal, home, false, null);
            try (java.util.stream.Stream<Path> files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            // A warm-up that cannot run only makes the archive smaller.
        }
    }

    /** Piped: loads {@code file}, prints its run once, exits 0 (or 2 when the file is invalid). */
    private int drawOnce(boolean narrow, String file) {
        StreamPrinter printer = new StreamPrinter(out, pipedWidth());
        ReplContext context = new ReplContext(printer, () -> Keys.EOF, homeDirectory());
        context.layout = narrow ? Layout.NARROW : Layout.WIDE;
        try {
            FileCommands.loadInto(context, file);
            ViewCommands.show(context);
            printer.flush();
            return 0;
        } catch (InputError e) {
            err.println("deferred-sim: " + e.getMessage());
            return 2;
        }
    }

    /** Runs the REPL on {@code terminal}, keeping history under {@code home}; for tests too. */
    public static int run(Terminal terminal, Path home, boolean narrow, String file) {
        TerminalPrinter printer = new TerminalPrinter(terminal);
        ReplContext context = new ReplContext(printer, new TerminalKeys(terminal), home);
        if (narrow) {
            context.layout = Layout.NARROW;
        }
        Repl repl = new Repl(context);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("deferred-sim")
                .completer(new ReplCompleter(repl.registry(), context))
                .highlighter(new ReplHighlighter(repl.registry()))
                .history(new AtomicHistory())
                .variable(LineReader.HISTORY_FILE, historyFile(home))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
        printer.println(
                Printer.Tone.HEADING, HelpCommands.WELCOME.lines().findFirst().orElse(""));
        HelpCommands.WELCOME.lines().skip(1).forEach(line -> printer.println(Printer.Tone.HINT, line));
        if (file != null) {
            repl.handle("load " + file);
        }
        printer.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine(repl.prompt());
            } catch (UserInterruptException abandoned) {
                continue;
            } catch (EndOfFileException leaving) {
                break;
            }
            if (!repl.handle(line)) {
                break;
            }
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            printer.println(Printer.Tone.HINT, "(the history could not be saved: " + e.getMessage() + ")");
        }
        printer.println("bye");
        printer.flush();
        return 0;
    }

    /** The width for piped output: {@code $COLUMNS} when the shell exports it, else 100. */
    private static int pipedWidth() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            return columns >= 40 ? columns : 100;
        } catch (NumberFormatException unset) {
            return 100;
        }
    }

    private static Path homeDirectory() {
        String override = System.getProperty("deferredsim.home");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".deferred-sim");
    }

    private static Path historyFile(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            // History then lives in memory only; the session itself is unaffected.
        }
        return home.resolve("history");
    }
}
