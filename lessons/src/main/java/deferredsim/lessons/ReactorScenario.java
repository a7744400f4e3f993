package deferredsim.lessons;

import deferredsim.core.code.CodeListing;
import deferredsim.core.code.ReactorPython;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.Recording;
import java.util.Objects;
import java.util.Optional;

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
public final class ReactorScenario extends LessonScenario {
    /** The format of the files this kind is read from. */
    public static final String FORMAT = ReactorScenarioReader.FORMAT;

    private final deferredsim.core.reactor.scenario.ReactorScenario scenario;

    private ReactorScenario(
            String name,
            String title,
            String description,
            String file,
            String source,
            deferredsim.core.reactor.scenario.ReactorScenario scenario) {
        super(name, title, description, file, source);
        this.scenario = Objects.requireNonNull(scenario, "scenario");
    }

    /** A scenario named {@code name}, read from {@code file} whose text is {@code source}. */
    public static ReactorScenario of(
            String name,
            String title,
            String description,
            String file,
            String source,
            deferredsim.core.reactor.scenario.ReactorScenario scenario) {
        return new ReactorScenario(name, title, description, file, source, scenario);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** The validated reactor scenario. */
    public deferredsim.core.reactor.scenario.ReactorScenario scenario() {
        return scenario;
    }

    /**
     * The program as the Twisted module it stands for ({@link ReactorPython}), with the line of each
     * event of its run; empty when the scenario has no program (servers and clients only).
     */
    @Override
    public Optional<CodeListing> code() {
        return ReactorPython.hasCode(scenario)
                ? Optional.of(ReactorPython.of(scenario, recording()))
                : Optional.empty();
    }

    @Override
    Recording run() {
        return ReactorSimulation.run(scenario);
    }
}
