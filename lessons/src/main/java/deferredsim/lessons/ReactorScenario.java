package deferredsim.lessons;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.Recording;
import java.util.Objects;

/**
 * A lesson scenario in the {@code reactor-scenario/1} format: the world of the book's Parts 1-8
 * (execution models, slow poetry servers, blocking and asynchronous clients, Twisted clients, a
 * Twisted program) as {@link deferredsim.core.reactor.scenario.ReactorSimulation} runs it.
 * {@code docs/reactor-scenarios.md} describes the format.
 *
 * <p>Its recording holds the reactor model's events ({@link
 * deferredsim.core.recording.SimEvent.ReactorEvent}s) and, when the program makes Deferreds, the
 * Deferred engine's own events, in one time order. {@link #recording()} runs it once, on first use,
 * and keeps the result; instances are otherwise immutable and safe to share between threads.
 * Instances come from {@link LessonCatalog}; tests may use {@link #of}.
 */
public final class ReactorScenario implements LessonScenario {
    /** The format of the files this kind is read from. */
    public static final String FORMAT = ReactorScenarioReader.FORMAT;

    private final String name;
    private final String title;
    private final String description;
    private final String file;
    private final String source;
    private final deferredsim.core.reactor.scenario.ReactorScenario scenario;
    private volatile Recording recording;

    private ReactorScenario(String name, String title, String description, String file, String source,
            deferredsim.core.reactor.scenario.ReactorScenario scenario) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.file = Objects.requireNonNull(file, "file");
        this.source = Objects.requireNonNull(source, "source");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
    }

    /** A scenario named {@code name}, read from {@code file} whose text is {@code source}. */
    public static ReactorScenario of(String name, String title, String description, String file, String source,
            deferredsim.core.reactor.scenario.ReactorScenario scenario) {
        return new ReactorScenario(name, title, description, file, source, scenario);
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

    /** The validated scenario, as {@link ReactorScenarioReader} read it. */
    public deferredsim.core.reactor.scenario.ReactorScenario scenario() {
        return scenario;
    }

    /** What the reactor model does with it: computed on the first call, the same object afterwards. */
    @Override
    public Recording recording() {
        Recording result = recording;
        if (result == null) {
            synchronized (this) {
                result = recording;
                if (result == null) {
                    result = ReactorSimulation.run(scenario);
                    recording = result;
                }
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "ReactorScenario[" + name + " from " + file + "]";
    }
}
