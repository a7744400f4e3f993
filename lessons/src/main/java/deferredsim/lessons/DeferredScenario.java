package deferredsim.lessons;

import deferredsim.core.code.CodeListing;
import deferredsim.core.code.ScenarioPython;
import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import java.util.Objects;
import java.util.Optional;

/**
 * A lesson scenario in the {@code deferred-scenario/1} format: a {@link Scenario} the engine runs.
 *
 * <p>{@link #recording()} runs it once, on first use, and keeps the result; instances are
 * otherwise immutable and safe to share between threads. Instances come from {@link
 * LessonCatalog}; tests may use {@link #of}.
 */
public final class DeferredScenario extends LessonScenario {
    /** The format of the files this kind is read from. */
    public static final String FORMAT = "deferred-scenario/1";

    private final Scenario scenario;

    private DeferredScenario(
            String name, String title, String description, String file, String source, Scenario scenario) {
        super(name, title, description, file, source);
        this.scenario = Objects.requireNonNull(scenario, "scenario");
    }

    /** A scenario named {@code name}, read from {@code file} whose text is {@code source}. */
    public static DeferredScenario of(
            String name, String title, String description, String file, String source, Scenario scenario) {
        return new DeferredScenario(name, title, description, file, source, scenario);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** The validated scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** The scenario written as Twisted code ({@link ScenarioPython}), with the line of each event of its run. */
    @Override
    public Optional<CodeListing> code() {
        return Optional.of(ScenarioPython.of(scenario, recording()));
    }

    @Override
    Recording run() {
        return Simulation.run(scenario);
    }
}
