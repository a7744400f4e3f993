package deferredsim.lessons;

import deferredsim.core.code.CodeListing;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario a lesson offers to run and step through: a name unique in its lesson, a title and a
 * description for the list of scenarios, and the file text it came from.
 *
 * <p>The kind of scenario is the file's {@code format}: {@link DeferredScenario} ({@code
 * deferred-scenario/1}, a chain of Deferreds the engine runs), {@link ReactorScenario} ({@code
 * reactor-scenario/1}, the reactor model of Parts 1-8) or {@link RecordedScenario} ({@code
 * deferred-recording/1}, a real Twisted program's run, recorded once and stored). All three give
 * the same kind of {@link Recording}, so a view can step through any scenario's events; to draw one
 * the way its kind is drawn (chains and lanes, timelines, a program beside its lanes), switch on
 * the type. Instances come from {@link
 * LessonCatalog}; they are immutable apart from the recording kept on first use, and safe to share
 * between threads.
 */
public abstract sealed class LessonScenario permits DeferredScenario, ReactorScenario, RecordedScenario {
    private final String name;
    private final String title;
    private final String description;
    private final String file;
    private final String source;
    private volatile Recording recording;
    private volatile Reading reading;

    LessonScenario(String name, String title, String description, String file, String source) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.file = Objects.requireNonNull(file, "file");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The name exercises use to refer to it, unique within the lesson, e.g. {@code criss-cross}. */
    public final String name() {
        return name;
    }

    /** A one-line title, e.g. "Figure 18: one path through the chain". */
    public final String title() {
        return title;
    }

    /** What to look at when running it: one or two sentences of Markdown. */
    public final String description() {
        return description;
    }

    /** The file's format, e.g. {@code deferred-scenario/1}. */
    public abstract String format();

    /** The file name within the lesson directory, e.g. {@code criss-cross.json}. */
    public final String file() {
        return file;
    }

    /** The file's text, exactly as stored: what "open in simulator" or "save as" should use. */
    public final String source() {
        return source;
    }

    /**
     * What the engine does with it: run on the first call and kept, so every call returns the same
     * object. Exercises about the scenario are checked against this recording.
     */
    public final Recording recording() {
        Recording result = recording;
        if (result == null) {
            synchronized (this) {
                result = recording;
                if (result == null) {
                    result = run();
                    recording = result;
                }
            }
        }
        return result;
    }

    /**
     * The one interpretation of {@link #recording()} that every view and every verdict reads: made
     * on the first call and kept, so every call returns the same object.
     */
    public final Reading reading() {
        Reading result = reading;
        if (result == null) {
            synchronized (this) {
                result = reading;
                if (result == null) {
                    result = Reading.of(recording());
                    reading = result;
                }
            }
        }
        return result;
    }

    /**
     * The run as code, with the line of each event of {@link #recording()}: a recorded program's
     * own source, a Deferred scenario written as Twisted code, a reactor scenario's program as the
     * Twisted module it stands for; empty for a reactor scenario without a program.
     */
    public Optional<CodeListing> code() {
        return Optional.empty();
    }

    /** Runs the scenario on the engine its kind needs (a recorded scenario only reads its file). */
    abstract Recording run();

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + " from " + file + "]";
    }
}
