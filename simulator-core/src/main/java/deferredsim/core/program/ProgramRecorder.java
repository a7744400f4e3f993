package deferredsim.core.program;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.scenario.ScenarioException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Records a Python program: runs it under a Python with Twisted ({@link PythonFinder}) with the
 * tracing module shipped in this jar, in a separate process, and turns what it wrote into a
 * {@code deferred-recording/1} file (docs/recording-format.md).
 *
 * <p>Limits: the run is stopped at {@link Options#timeLimit()}, when the tracer reaches {@link
 * Options#maxEvents()} events, or when the program's output passes {@link
 * Options#maxOutputBytes()}; {@link #interrupt(boolean)} (Ctrl-C, a Stop button) stops it too. Every way
 * of stopping keeps what was recorded until then, and the file says how the run ended.
 *
 * <p>Use: {@link #start}, then {@link #finish()} on the same thread; {@link #interrupt(boolean)} may be
 * called from any thread meanwhile.
 */
public final class ProgramRecorder {
    /** The default time limit. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    /** The default cap on events. */
    public static final int DEFAULT_MAX_EVENTS = 20_000;

    /** The default cap on the program's output, in bytes. */
    public static final long DEFAULT_MAX_OUTPUT = 1_000_000;

    private static final String TRACER = "deferred_sim_trace.py";
    private static final int KEPT_OUTPUT_LINES = 200;
    private static final Duration GRACE = Duration.ofSeconds(3);

    /**
     * What to record and within which limits.
     *
     * @param script the Python script to run
     * @param args its arguments
     * @param timeLimit how long it may run
     * @param maxEvents the most events to record
     * @param maxOutputBytes the most output it may write (standard output and error together)
     * @param inheritInput true to give it this process's standard input (a terminal), false for none
     */
    public record Options(
            Path script,
            List<String> args,
            Duration timeLimit,
            int maxEvents,
            long maxOutputBytes,
            boolean inheritInput) {
        public Options {
            Objects.requireNonNull(script, "script");
            args = List.copyOf(args);
            Objects.requireNonNull(timeLimit, "timeLimit");
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("a time limit is more than 0 seconds");
            }
            if (maxEvents < 1 || maxOutputBytes < 1) {
                throw new IllegalArgumentException("limits are 1 or more");
            }
        }

        /** {@code script} with {@code args} and the default limits. */
        public static Options of(Path script, List<String> args) {
            return new Options(script, args, DEFAULT_TIME_LIMIT, DEFAULT_MAX_EVENTS, DEFAULT_MAX_OUTPUT, false);
        }
    }

    /**
     * What a recording produced.
     *
     * @param text the recording file's text
     * @param run the recording read back
     */
    public record Result(String text, ProgramRun run) {}

    private final Options options;
    private final PythonFinder.Found python;
    private final Process process;
    private final Path folder;
    private final Path events;
    private final long started = System.nanoTime();
    private final AtomicReference<ProgramRun.How> stoppedBy = new AtomicReference<>();
    private final AtomicLong outputBytes = new AtomicLong();
    private final List<String> kept = new ArrayList<>();
    private final List<Drain> drains = new ArrayList<>();
    private volatile long interruptedAt;

    private ProgramRecorder(Options options, PythonFinder.Found python, Process process, Path folder, Path events) {
        this.options = options;
        this.python = python;
        this.process = process;
        this.folder = folder;
        this.events = events;
    }

    /**
     * Starts recording: the program runs at once, its standard output going to {@code output} and
     * its standard error to {@code errors} (a chunk at a time, as it comes), while the recorder
     * keeps their first lines.
     *
     * @param python a Python that imports Twisted ({@link PythonFinder.Found#ok()})
     * @throws IOException when the script cannot be read or the program cannot be started
     */
    public static ProgramRecorder start(
            Options options, PythonFinder.Found python, Consumer<String> output, Consumer<String> errors)
            throws IOException {
        if (!python.ok()) {
            throw new IllegalArgumentException(python.problem());
        }
        if (!Files.isRegularFile(options.script())) {
            throw new IOException("no such script: " + options.script());
        }
        if (!Files.isReadable(options.script())) {
            throw new IOException("cannot read " + options.script());
        }
        Path folder = Files.createTempDirectory("deferred-sim-record");
        Path tracer = folder.resolve(TRACER);
        try (InputStream in = ProgramRecorder.class.getResourceAsStream(TRACER)) {
            if (in == null) {
                throw new IOException(TRACER + " is missing from the jar");
            }
            Files.copy(in, tracer);
        }
        Path events = folder.resolve("events.jsonl");
        List<String> command = new ArrayList<>(List.of(
                python.command(),
                tracer.toString(),
                events.toString(),
                options.script().toString()));
        command.addAll(options.args());
        Path outputFile = folder.resolve("output.txt");
        Path errorsFile = folder.resolve("errors.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(
                        options.inheritInput()
                                ? ProcessBuilder.Redirect.INHERIT
                                : ProcessBuilder.Redirect.from(devNull()))
                .redirectOutput(outputFile.toFile())
                .redirectError(errorsFile.toFile());
        builder.environment().put("PYTHONUNBUFFERED", "1");
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().put("DEFERRED_SIM_MAX_EVENTS", Integer.toString(options.maxEvents()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException cannot) {
            deleteQuietly(folder);
            throw cannot;
        }
        ProgramRecorder recorder = new ProgramRecorder(options, python, process, folder, events);
        recorder.drains.add(recorder.new Drain(outputFile, output));
        recorder.drains.add(recorder.new Drain(errorsFile, errors));
        return recorder;
    }

    private static java.io.File devNull() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /**
     * One of the program's output streams, written to a file by the process and passed on from
     * there by the thread that waits in {@link #finish()} (the core starts no threads).
     */
    private final class Drain {
        private final Path file;
        private final Consumer<String> consumer;
        private final java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        private final java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(8192);
        private final java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(8192);
        private final StringBuilder line = new StringBuilder();
        private long position;

        Drain(Path file, Consumer<String> consumer) {
            this.file = file;
            this.consumer = consumer;
        }

        /** Passes on what the program wrote since the last call, up to the output cap. */
        void drain() {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
                channel.position(position);
                int n;
                while ((n = channel.read(bytes)) > 0) {
                    position += n;
                    if (outputBytes.addAndGet(n) > options.maxOutputBytes()) {
                        stop(ProgramRun.How.OUTPUT_LIMIT);
                        bytes.clear();
                        return;
                    }
                    bytes.flip();
                    decoder.decode(bytes, chars, false);
                    bytes.compact();
                    chars.flip();
                    String chunk = chars.toString();
                    chars.clear();
                    if (!chunk.isEmpty()) {
                        consumer.accept(chunk);
                        keep(line, chunk);
                    }
                }
            } catch (IOException unreadable) {
                // Nothing written yet, or the file is gone: nothing to pass on.
            }
        }

        /** Passes on the rest, and the last line without its end. */
        void close() {
            drain();
            keep(line, "\n");
        }
    }

    private void keep(StringBuilder line, String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '\n') {
                if (line.length() > 0) {
                    if (kept.size() < KEPT_OUTPUT_LINES) {
                        kept.add(line.toString());
                    }
                }
                line.setLength(0);
            } else if (c != '\r' && line.length() < 300) {
                line.append(c);
            }
        }
    }

    /**
     * Stops the program as Ctrl-C does: it gets SIGINT (a Twisted reactor then stops cleanly) and
     * a few seconds to end before it is killed. Safe from any thread; later stops change nothing.
     *
     * @param signal true to send the program SIGINT; false when it got one already (Ctrl-C in the
     *     terminal reaches every process of the foreground job)
     */
    public void interrupt(boolean signal) {
        if (!stoppedBy.compareAndSet(null, ProgramRun.How.INTERRUPTED)) {
            return;
        }
        interruptedAt = System.nanoTime();
        if (!signal) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException noKill) {
            process.destroy();
        }
    }

    private void stop(ProgramRun.How how) {
        if (stoppedBy.compareAndSet(null, how)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    /**
     * Waits for the program to end (stopping it at the time limit), then writes the recording.
     *
     * @throws ScenarioException if what the tracer wrote cannot be read back (a bug, reported with
     *     its place)
     */
    public Result finish() throws ScenarioException {
        try {
            long limit = started + options.timeLimit().toNanos();
            while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
                drains.forEach(Drain::drain);
                long now = System.nanoTime();
                if (now - limit > 0) {
                    stop(ProgramRun.How.TIME_LIMIT);
                    break;
                }
                if (interruptedAt != 0 && now - interruptedAt > GRACE.toNanos()) {
                    process.descendants().forEach(ProcessHandle::destroy);
                    process.destroy();
                    break;
                }
            }
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
            drains.forEach(Drain::close);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(ProgramRun.How.INTERRUPTED);
            drains.forEach(Drain::close);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try {
            List<String> lines = Files.exists(events) ? Files.readAllLines(events, StandardCharsets.UTF_8) : List.of();
            String text = write(lines, seconds);
            return new Result(text, RecordingReader.read(text));
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The recording file: the program, how it ended, its first lines of output, and the tracer's events. */
    private String write(List<String> lines, double seconds) {
        List<String> eventLines = new ArrayList<>();
        boolean virtual = false;
        boolean reactor = false;
        boolean limit = false;
        String pythonVersion = python.python();
        String twistedVersion = python.twisted();
        for (String line : lines) {
            JsonNode node;
            try {
                node = Json.parse(line);
            } catch (JsonSyntaxException cut) {
                continue; // the last line of a program killed while writing it
            }
            if (!(node instanceof JsonObject object) || !(object.get("e") instanceof JsonString kind)) {
                continue;
            }
            switch (kind.value()) {
                case "clock" -> virtual = true;
                case "reactor-run" -> reactor = true;
                case "limit" -> limit = true;
                case "start" -> {
                    if (object.get("python") instanceof JsonString v) {
                        pythonVersion = v.value();
                    }
                    if (object.get("twisted") instanceof JsonString v) {
                        twistedVersion = v.value();
                    }
                }
                default -> {}
            }
            eventLines.add(line);
        }
        ProgramRun.How how = stoppedBy.get() != null
                ? stoppedBy.get()
                : limit ? ProgramRun.How.EVENT_LIMIT : ProgramRun.How.FINISHED;
        int status = how == ProgramRun.How.FINISHED ? process.exitValue() : -1;
        StringBuilder out = new StringBuilder();
        out.append("{\"format\":").append(Json.quote(RecordingReader.FORMAT)).append(",\n");
        out.append("\"program\":{\"script\":")
                .append(Json.quote(options.script().toString()));
        out.append(",\"args\":").append(strings(options.args()));
        out.append(",\"python\":").append(Json.quote(pythonVersion));
        out.append(",\"twisted\":").append(Json.quote(twistedVersion)).append("},\n");
        out.append("\"clock\":")
                .append(Json.quote(virtual && !reactor ? "virtual" : "real"))
                .append(",\n");
        out.append("\"ended\":{\"how\":").append(Json.quote(how.word()));
        out.append(",\"status\":").append(status);
        out.append(",\"seconds\":")
                .append(String.format(Locale.ROOT, "%.3f", seconds))
                .append("},\n");
        out.append("\"output\":").append(strings(kept)).append(",\n");
        out.append("\"events\":[\n");
        for (int i = 0; i < eventLines.size(); i++) {
            out.append(eventLines.get(i)).append(i + 1 < eventLines.size() ? ",\n" : "\n");
        }
        out.append("]}\n");
        return out.toString();
    }

    private static String strings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(Json.quote(values.get(i)));
        }
        return out.append(']').toString();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException leftBehind) {
            // A temporary folder left behind is harmless.
        }
    }
}
