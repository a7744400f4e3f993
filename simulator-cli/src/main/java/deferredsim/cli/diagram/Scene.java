package deferredsim.cli.diagram;

import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import java.util.List;
import java.util.Map;

/**
 * A scenario's run laid out for the diagrams: the {@link Reading} of its recording, one {@link
 * Column} per created deferred the scenario names (in creation order), the top-level ones in
 * declaration order, and the deferreds never created. Built once; every later question (the picture
 * at any position, the timeline) reads it without re-running the engine.
 */
final class Scene {
    final Scenario scenario;
    final Reading reading;
    final Recording recording;
    final Map<String, Column> lanes;
    final List<String> roots;
    final List<String> unused;

    Scene(Scenario scenario, Reading reading, Map<String, Column> lanes, List<String> roots, List<String> unused) {
        this.scenario = scenario;
        this.reading = reading;
        this.recording = reading.recording();
        this.lanes = Map.copyOf(lanes);
        this.roots = List.copyOf(roots);
        this.unused = List.copyOf(unused);
    }

    /** Reads {@code recording}, which {@code scenario} produced, and lays it out. */
    static Scene of(Scenario scenario, Recording recording) {
        return new SceneBuilder(scenario, Reading.of(recording)).build();
    }

    /** The lane of {@code name}, or null when it was never created (or is Twisted's own). */
    Column lane(String name) {
        return lanes.get(name);
    }
}
