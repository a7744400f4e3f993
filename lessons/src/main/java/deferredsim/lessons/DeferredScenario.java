package deferredsim.lessons;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import java.util.Objects;

/**
 * A lesson scenario in the {@code deferred-scenario/1} format: a {@link Scenario} the engine runs.
 *
 * <p>{@link #recording()} runs it once, on first use, and keeps the result; instances are
 * otherwise immutable and safe to share between threads. Instances come from {@link
 * LessonCatalog}; tests may use {@link #of}.
 */
public final class DeferredScenario implements LessonScenario {
    /** The format of the files this kind is read from. */
    public static final String FORMAT = "deferred-scenario/1";

    private final String name;
    private final String title;
    private final String description;
    private final String file;
    private final String source;
    private final Scenario scenario;
    private volatile Recording recording;

    private DeferredScenario(String name, String title, String description, String file, String source, Scenario scenario) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.file = Objects.requireNonNull(file, "file");
        this.source = Objects.requireNonNull(source, "source");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
    }

    /** A scenario named {@code name}, read from {@code file} whose text is {@code source}. */
    public static DeferredScenario of(String name, String title, String description, String file, String source, Scenario scenario) {
        return new DeferredScenario(name, title, description, file, source, scenario);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public String source() {
        return source;
    }

    /** The validated scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** What the engine does with it: computed on the first call, the same object afterwards. */
    @Override
    public Recording recording() {
        Recording result = recording;
        if (result == null) {
            synchronized (this) {
                result = recording;
                if (result == null) {
                    result = Simulation.run(scenario);
                    recording = result;
                }
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "DeferredScenario[" + name + " from " + file + "]";
    }
}
