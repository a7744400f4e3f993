package deferredsim.cli.diagram;

import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.Scenario;
import java.util.List;
import java.util.Map;

/**
 * A scenario's run folded into what the diagrams draw: one {@link Lane} per created deferred (in
 * creation order), the top-level ones in declaration order, the deferreds never created, and which
 * clock call performed which action. Built once; every later question (the picture at any
 * position, the timeline) reads it without re-running the engine.
 */
final class Scene {
    final Scenario scenario;
    final Recording recording;
    final Map<String, Lane> lanes;
    final List<String> roots;
    final List<String> unused;
    final Map<Integer, Action> actionsByCall;

    Scene(
            Scenario scenario,
            Recording recording,
            Map<String, Lane> lanes,
            List<String> roots,
            List<String> unused,
            Map<Integer, Action> actionsByCall) {
        this.scenario = scenario;
        this.recording = recording;
        this.lanes = Map.copyOf(lanes);
        this.roots = List.copyOf(roots);
        this.unused = List.copyOf(unused);
        this.actionsByCall = Map.copyOf(actionsByCall);
    }

    /** Folds {@code recording}, which {@code scenario} produced. */
    static Scene of(Scenario scenario, Recording recording) {
        return new SceneBuilder(scenario, recording).build();
    }

    /** The lane of {@code name}, or null when it was never created (or is internal, like {@code g'}). */
    Lane lane(String name) {
        return lanes.get(name);
    }
}
