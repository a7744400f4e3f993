package deferredsim.lessons;

import deferredsim.core.code.CodeListing;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.program.RecordingReader;
import deferredsim.core.recording.Recording;
import java.util.Objects;
import java.util.Optional;

/**
 * A lesson scenario in the {@code deferred-recording/1} format: what a real Twisted program's
 * Deferreds did when {@code deferred-sim record} ran it ({@code docs/recording-format.md}). The
 * file holds the events and the program's source, so opening it, and checking exercises against
 * it, runs nothing: no Python is needed to take the lesson.
 *
 * <p>{@link #recording()} is the recorded run itself, and {@link #code()} the program's source with
 * the line of each event. Instances are immutable and safe to share between threads; they come
 * from {@link LessonCatalog}; tests may use {@link #of}.
 */
public final class RecordedScenario extends LessonScenario {
    /** The format of the files this kind is read from. */
    public static final String FORMAT = RecordingReader.FORMAT;

    private final ProgramRun program;

    private RecordedScenario(
            String name, String title, String description, String file, String source, ProgramRun program) {
        super(name, title, description, file, source);
        this.program = Objects.requireNonNull(program, "program");
    }

    /** A scenario named {@code name}, read from {@code file} whose text is {@code source}. */
    public static RecordedScenario of(
            String name, String title, String description, String file, String source, ProgramRun program) {
        return new RecordedScenario(name, title, description, file, source, program);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * The recorded run as every view opens a recording: its events, the program's source, and the
     * Deferreds it made as a scenario's declarations ({@link ProgramRun#cast()}).
     */
    public ProgramRun program() {
        return program;
    }

    /** The program's source, with the line of each event of {@link #recording()}. */
    @Override
    public Optional<CodeListing> code() {
        return Optional.of(program.code());
    }

    @Override
    Recording run() {
        return program.recording();
    }
}
