package deferredsim.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import deferredsim.core.program.ProgramRecorder;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.program.PythonFinder;
import deferredsim.core.trace.TraceWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The Python with Twisted that recording tests run scripts under, found once. A test that needs it
 * calls {@link #require()}: where there is none, the test is skipped (not passed) with a message
 * that says what to install.
 */
public final class TwistedPython {
    private static PythonFinder.Found found;
    private static boolean told;

    private TwistedPython() {}

    /** The Python with Twisted; skips the calling test, saying what to install, when there is none. */
    public static synchronized PythonFinder.Found require() {
        if (found == null) {
            found = PythonFinder.find(Optional.empty());
        }
        String message = "SKIPPED: recording a Python program needs Python 3 with Twisted (install python3-twisted:"
                + " apt-get install python3-twisted); " + found.problem();
        if (!found.ok() && !told) {
            told = true;
            System.err.println("[deferred-sim tests] " + message); // once per run, where the build log shows it
        }
        assumeTrue(found.ok(), message);
        return found;
    }

    /** Writes {@code source} as {@code name} in {@code dir} and records it with the default limits. */
    public static ProgramRun record(Path dir, String name, String source) throws Exception {
        return record(dir, name, source, Duration.ofSeconds(30), ProgramRecorder.DEFAULT_MAX_EVENTS);
    }

    /** As {@link #record(Path, String, String)}, within {@code timeLimit} and {@code maxEvents}. */
    public static ProgramRun record(Path dir, String name, String source, Duration timeLimit, int maxEvents)
            throws Exception {
        PythonFinder.Found python = require();
        Path script = write(dir, name, source);
        ProgramRecorder recorder = ProgramRecorder.start(
                new ProgramRecorder.Options(
                        script, List.of(), timeLimit, maxEvents, ProgramRecorder.DEFAULT_MAX_OUTPUT, false),
                python,
                chunk -> {},
                chunk -> {});
        return recorder.finish().run();
    }

    /** Writes {@code source} as {@code name} in {@code dir}. */
    public static Path write(Path dir, String name, String source) throws IOException {
        return Files.writeString(dir.resolve(name), source);
    }

    /** The run's canonical trace lines. */
    public static List<String> trace(ProgramRun run) {
        return TraceWriter.lines(run.recording());
    }

    /** The run's canonical trace lines without their times (for runs on the real clock). */
    public static List<String> untimed(ProgramRun run) {
        return trace(run).stream()
                .map(line -> line.replaceFirst("^\\{\"t\":[0-9.eE+-]+,", "{"))
                .toList();
    }
}
