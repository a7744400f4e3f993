package deferredsim.gui.lanes;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Beat;
import deferredsim.core.reading.Reading;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.function.Predicate;

/** Scenarios of the conformance corpus and small ones written here, run and read, for the lanes' tests. */
final class Runs {
    /** The conformance corpus of the core's tests. */
    static final Path CORPUS = Path.of("..", "simulator-core", "src", "test", "resources", "conformance", "trace");

    private Runs() {}

    /** A scenario and the reading of its run. */
    record Run(Scenario scenario, Reading reading) {
        LaneIndex lanes() {
            return LaneIndex.of(scenario, reading);
        }

        /** The index of the first beat of {@code deferred} that passes {@code test}. */
        int beat(String deferred, Predicate<Beat> test) {
            return reading.beats(deferred).stream()
                    .filter(test)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no such beat of " + deferred))
                    .index();
        }
    }

    /** Corpus scenario {@code name}, run and read. */
    static Run corpus(String name) throws Exception {
        return run(ScenarioReader.read(CORPUS.resolve(name + ".json")));
    }

    /** The scenario in {@code json}, run and read. */
    static Run json(String json) throws Exception {
        return run(ScenarioReader.read(json));
    }

    static Run run(Scenario scenario) {
        return new Run(scenario, Reading.of(Simulation.run(scenario)));
    }
}
