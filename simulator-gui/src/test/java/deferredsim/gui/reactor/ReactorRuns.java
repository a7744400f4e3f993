package deferredsim.gui.reactor;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.reading.Reading;
import java.nio.file.Path;

/** The reactor examples of the book's Parts ({@code examples/reactor}), run and read. */
final class ReactorRuns {
    private ReactorRuns() {}

    static Reading read(String name) throws Exception {
        Path file = Path.of("..", "examples", "reactor", name + ".json");
        return Reading.of(ReactorSimulation.run(ReactorScenarioReader.read(file)));
    }
}
