package deferredsim.cli;

import deferredsim.core.program.ProgramRecorder;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.program.PythonFinder;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code deferred-sim record [OPTIONS] SCRIPT.py [ARGS...] [-o FILE]}: runs a Python program
 * under the user's Python and Twisted with the tracing module, and saves what its Deferreds did as
 * a recording that the terminal, {@code trace} and the window open like a scenario.
 */
final class RecordCommand {
    static final String HELP = String.join(
            "\n",
            "Usage: deferred-sim record [OPTIONS] SCRIPT.py [ARGS...] [-o FILE]",
            "",
            "Runs SCRIPT.py with ARGS under your own Python 3 and Twisted, as 'python3 SCRIPT.py ARGS'",
            "would, and records the life of every Deferred it makes: where it was created (file, line,",
            "variable), each callback and errback added (as written, with its line), every firing, each",
            "stage's input and output (values by repr, failures as their exception), AlreadyCalledError,",
            "a stage returning a Deferred and the outer one waiting and resuming, pause/unpause, cancel",
            "and cancellers, DeferredList and gatherResults, inlineCallbacks resumes, callLater timers,",
            "and the time of each event: seconds since the program started, or the task.Clock's seconds",
            "when the program drives a Clock and never runs the reactor.",
            "",
            "The recording is a file (docs/recording-format.md). Open it like a scenario:",
            "  ./deferred-sim FILE            step through it, with the program's line beside each event",
            "  ./deferred-sim trace FILE      its events as the canonical trace",
            "  ./deferred-sim gui FILE        the window, with the code pane",
            "",
            "Options:",
            "  -o FILE              where to save it (default: SCRIPT.recording.json in this folder);",
            "                       may also come last, after the script's arguments",
            "  --time-limit SECONDS stop the program after this long (default 60)",
            "  --max-events N       stop the program after N events (default 20000)",
            "  --max-output BYTES   stop the program when its output passes this size (default 1000000)",
            "  --python PATH        the Python to run it with (default: $DEFERRED_SIM_PYTHON, else",
            "                       python3 on the PATH, else /usr/bin/python3: the first that imports twisted)",
            "  --                   everything after it goes to the script",
            "",
            "The program's output is shown as it runs. Ctrl-C, the time limit and the caps stop it and",
            "keep what was recorded so far; the file and the summary say how the run ended.",
            "Safety: only this command runs a program, the one you name, in a separate Python process;",
            "opening a recording (or a scenario, or a lesson) never runs anything.",
            "",
            "Needs Python 3 with Twisted. On Debian or Ubuntu: sudo apt-get install python3-twisted",
            "(for /usr/bin/python3); for another Python: PYTHON -m pip install twisted, then --python PYTHON.",
            "",
            "Example:",
            "  ./deferred-sim record twisted-deferred/defer-6.py -o defer-6.json",
            "  ./deferred-sim record --time-limit 10 client.py 10000 10001 -o client.json",
            "",
            "Exit status: 0 when a recording was saved (whatever the program's own status; 130 when",
            "Ctrl-C stopped it, the recording saved all the same), 1 when the program could not be run",
            "(no Python with Twisted: the message says what to install), 2 for a wrong command line.",
            "");

    private final PrintStream out;
    private final PrintStream err;

    RecordCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** What the command line asked for. */
    record Request(
            Path script, List<String> args, Path output, ProgramRecorder.Options options, Optional<String> python) {}

    /** A command line that does not make sense, with the message for the user. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    int run(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(HELP);
            return CommandLine.OK;
        }
        Request request;
        try {
            request = parse(args);
        } catch (UsageError e) {
            err.println("deferred-sim record: " + e.getMessage());
            err.println("Usage: deferred-sim record [OPTIONS] SCRIPT.py [ARGS...] [-o FILE]   (--help tells more)");
            return CommandLine.USAGE;
        }
        if (!Files.isRegularFile(request.script())) {
            err.println("deferred-sim record: cannot run " + request.script() + ": "
                    + (Files.isDirectory(request.script()) ? "it is a folder, not a script" : "there is no such file"));
            return CommandLine.FAILED;
        }
        PythonFinder.Found python = PythonFinder.find(request.python());
        if (!python.ok()) {
            err.println("deferred-sim record: " + python.problem());
            return CommandLine.FAILED;
        }
        err.println("deferred-sim: recording " + request.script() + " with " + python.command() + " (Python "
                + python.python() + ", Twisted " + python.twisted() + "); Ctrl-C stops it and keeps the recording");
        err.flush();
        ProgramRecorder recorder;
        try {
            recorder = ProgramRecorder.start(request.options(), python, this::programOutput, this::programErrors);
        } catch (IOException e) {
            err.println("deferred-sim record: cannot run " + request.script() + ": " + e.getMessage());
            return CommandLine.FAILED;
        }
        // Ctrl-C reaches the program too (one foreground job); the recorder keeps what it wrote.
        Interrupts.Guard saving = Interrupts.during(() -> recorder.interrupt(false));
        try {
            ProgramRecorder.Result result;
            try {
                result = recorder.finish();
            } catch (ScenarioException e) {
                err.println("deferred-sim record: the recording could not be read back (" + e.getMessage() + ")");
                return CommandLine.FAILED;
            }
            out.flush();
            try {
                Path parent = request.output().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(request.output(), result.text());
            } catch (IOException e) {
                err.println("deferred-sim record: cannot write " + request.output() + ": " + e.getMessage());
                return CommandLine.FAILED;
            }
            summarize(result.run(), request.output());
            return CommandLine.OK;
        } finally {
            saving.close();
        }
    }

    private void programOutput(String chunk) {
        out.print(chunk);
        out.flush();
    }

    private void programErrors(String chunk) {
        out.flush();
        err.print(chunk);
        err.flush();
    }

    private void summarize(ProgramRun run, Path file) {
        long deferreds = run.recording().events().stream()
                .filter(e -> e instanceof SimEvent.Outcome)
                .count();
        err.println();
        err.println("deferred-sim: " + run.ending().sentence());
        err.println("deferred-sim: recorded " + deferreds + " deferred" + (deferreds == 1 ? "" : "s") + " and "
                + run.recording().size() + " events ("
                + (run.program().virtualClock() ? "times on the program's task.Clock" : "times in real seconds")
                + ") to " + file);
        err.println("deferred-sim: step through it: ./deferred-sim " + file + "   its trace: ./deferred-sim trace "
                + file + "   the window: ./deferred-sim gui " + file);
        err.flush();
    }

    /** Reads the command line: options, the script, its arguments, and {@code -o FILE} first or last. */
    static Request parse(String[] words) throws UsageError {
        List<String> args = new ArrayList<>(Arrays.asList(words));
        Path output = null;
        Duration limit = ProgramRecorder.DEFAULT_TIME_LIMIT;
        int maxEvents = ProgramRecorder.DEFAULT_MAX_EVENTS;
        long maxOutput = ProgramRecorder.DEFAULT_MAX_OUTPUT;
        Optional<String> python = Optional.empty();
        Path script = null;
        List<String> scriptArgs = new ArrayList<>();
        int i = 0;
        while (i < args.size() && script == null) {
            String word = args.get(i);
            switch (word) {
                case "-o", "--output" -> output = Path.of(value(args, i++, "a file to save the recording in"));
                case "--time-limit" -> limit = seconds(value(args, i++, "a number of seconds"));
                case "--max-events" ->
                    maxEvents = (int) whole(value(args, i++, "a number of events"), Integer.MAX_VALUE);
                case "--max-output" -> maxOutput = whole(value(args, i++, "a number of bytes"), Long.MAX_VALUE);
                case "--python" -> python = Optional.of(value(args, i++, "the path of a Python"));
                case "--" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageError("expected the script after --");
                    }
                    script = Path.of(args.get(++i));
                }
                default -> {
                    if (word.startsWith("-")) {
                        throw new UsageError("unknown option '" + word + "'; expected -o, --time-limit, --max-events,"
                                + " --max-output, --python, or the script");
                    }
                    script = Path.of(word);
                }
            }
            i++;
        }
        if (script == null) {
            throw new UsageError("expected the Python script to record");
        }
        List<String> rest = args.subList(i, args.size());
        int dashes = rest.indexOf("--");
        if (dashes >= 0) {
            scriptArgs.addAll(rest.subList(0, dashes));
            scriptArgs.addAll(rest.subList(dashes + 1, rest.size()));
        } else if (rest.size() >= 2 && rest.get(rest.size() - 2).equals("-o")) {
            if (output != null) {
                throw new UsageError("-o is given twice");
            }
            output = Path.of(rest.get(rest.size() - 1));
            scriptArgs.addAll(rest.subList(0, rest.size() - 2));
        } else {
            scriptArgs.addAll(rest);
        }
        if (output == null) {
            String name = script.getFileName().toString();
            String stem = name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
            output = Path.of(stem + ".recording.json");
        }
        return new Request(
                script,
                scriptArgs,
                output,
                new ProgramRecorder.Options(script, scriptArgs, limit, maxEvents, maxOutput, true),
                python);
    }

    private static String value(List<String> args, int at, String what) throws UsageError {
        if (at + 1 >= args.size()) {
            throw new UsageError(args.get(at) + " needs " + what);
        }
        return args.get(at + 1);
    }

    private static Duration seconds(String text) throws UsageError {
        try {
            double seconds = Double.parseDouble(text);
            if (seconds > 0 && seconds <= 86_400 * 7) {
                return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
            }
        } catch (NumberFormatException notANumber) {
            // the message below
        }
        throw new UsageError("--time-limit needs a number of seconds above 0 (at most a week), not '" + text + "'");
    }

    private static long whole(String text, long max) throws UsageError {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // the message below
        }
        throw new UsageError(
                "expected a whole number from 1 to " + String.format(Locale.ROOT, "%d", max) + ", not '" + text + "'");
    }
}
