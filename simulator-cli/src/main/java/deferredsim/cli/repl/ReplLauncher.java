package deferredsim.cli.repl;

import deferredsim.cli.text.SafeText;
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
 * completion, highlighting, persistent history in {@code ~/.deferred-sim/history} ({@code $HOME}
 * respected); Ctrl-C abandons the line being typed or stops the command running, Ctrl-D leaves.
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

    /**
     * Piped: loads {@code file}, prints its run once, exits 0; 2 when the file is invalid, 1 when
     * the run or the drawing fails (with the same message the prompt would give).
     */
    private int drawOnce(boolean narrow, String file) {
        StreamPrinter printer = new StreamPrinter(out, pipedWidth());
        ReplContext context = new ReplContext(printer, () -> Keys.EOF, homeDirectory());
        context.layout = narrow ? Layout.NARROW : Layout.WIDE;
        CommandRunner.Outcome outcome = new CommandRunner(Repl.STOP_GRACE).run(context, ctx -> {
            FileCommands.loadInto(ctx, file);
            ViewCommands.show(ctx);
        });
        printer.flush();
        return switch (outcome) {
            case CommandRunner.Outcome.Done done -> 0;
            case CommandRunner.Outcome.Rejected rejected -> {
                err.println(
                        "deferred-sim: " + SafeText.UTF8.line(rejected.error().getMessage()));
                yield 2;
            }
            case CommandRunner.Outcome.Failed failed -> {
                err.println("deferred-sim: " + SafeText.UTF8.line(FailureReport.of(failed.failure(), "")));
                yield 1;
            }
            case CommandRunner.Outcome.Stopped stopped -> 130;
        };
    }

    /** Runs the REPL on {@code terminal}, keeping history under {@code home}; for tests too. */
    public static int run(Terminal terminal, Path home, boolean narrow, String file) {
        return run(terminal, PromptSettings.of(home, narrow, file));
    }

    /**
     * Runs the REPL on {@code terminal} as {@code settings} say until the user leaves; returns the
     * exit status (0). Ctrl-C while a command runs stops the command, never the session.
     */
    static int run(Terminal terminal, PromptSettings settings) {
        boolean colour = TerminalColours.wanted(terminal, settings.env());
        boolean canAsk = !TerminalColours.isDumb(terminal);
        TerminalKeys keys = new TerminalKeys(terminal);
        TerminalPrinter printer = new TerminalPrinter(terminal, colour, canAsk ? keys : null);
        ReplContext context = new ReplContext(printer, keys, settings.home(), settings.engine(), canAsk);
        if (settings.narrow()) {
            context.layout = Layout.NARROW;
        }
        Repl repl = new Repl(context, settings.registry(), new CommandRunner(settings.stopGrace()), settings.limit());
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("deferred-sim")
                .completer(new ReplCompleter(repl.registry(), context))
                .highlighter(new ReplHighlighter(repl.registry(), colour))
                .history(new AtomicHistory())
                .variable(LineReader.HISTORY_FILE, historyFile(settings.home()))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, colour) // its '~' mark is always coloured
                .build();
        if (!colour) {
            PlainStyles.apply(reader);
        }
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> repl.stop());
        try {
            printer.println(
                    Printer.Tone.HEADING,
                    HelpCommands.WELCOME.lines().findFirst().orElse(""));
            HelpCommands.WELCOME.lines().skip(1).forEach(line -> printer.println(Printer.Tone.HINT, line));
            Recovery.offer(context, repl.autosave());
            if (settings.file() != null) {
                repl.handle("load " + FileArgument.quote(settings.file()));
            }
            printer.flush();
            loop(reader, repl);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
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

    /**
     * Reads and carries out lines until the user leaves: {@code quit}, or Ctrl-D on an empty line,
     * and then only once unsaved work is saved, dropped on purpose or (in a session that cannot
     * ask) kept in the autosave.
     */
    private static void loop(LineReader reader, Repl repl) {
        ReplContext context = repl.context();
        int exhausted = 0;
        while (true) {
            try {
                String line;
                try {
                    line = reader.readLine(repl.prompt());
                } catch (UserInterruptException abandoned) {
                    continue;
                } catch (EndOfFileException leaving) {
                    if (mayLeave(repl)) {
                        return;
                    }
                    continue;
                }
                if (!repl.handle(line)) {
                    if (mayLeave(repl)) {
                        return;
                    }
                    context.quit = false;
                }
                exhausted = 0;
            } catch (OutOfMemoryError | StackOverflowError exhaustion) {
                // Memory a stopped command still holds: say so; twice in a row, leave with the autosave kept.
                context.printer.println(Printer.Tone.PROBLEM, OUT_OF_MEMORY);
                context.printer.flush();
                if (++exhausted >= 2) {
                    return;
                }
            }
        }
    }

    /** Made before it is needed: when the memory is exhausted there may be none to make it. */
    private static final String OUT_OF_MEMORY = "The simulator ran out of memory (a stopped run may still hold it)."
            + " Your chain is in the autosave; if this happens again, the session ends and the next one offers it"
            + " back.";

    private static boolean mayLeave(Repl repl) {
        UnsavedWork.Leaving leaving = UnsavedWork.mayLeave(repl.context(), repl.autosave());
        if (leaving == UnsavedWork.Leaving.DROP) {
            repl.autosave().clear();
        }
        repl.context().printer.flush();
        return leaving != UnsavedWork.Leaving.STAY;
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
        return PromptSettings.homeDirectory(System.getenv());
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
