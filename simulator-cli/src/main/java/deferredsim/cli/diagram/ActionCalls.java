package deferredsim.cli.diagram;

import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.Scenario;
import java.util.HashMap;
import java.util.Map;

/**
 * Which of the clock's delayed calls performs which action of the scenario. The simulation
 * schedules the top-level deferreds' fires first, then the actions in listed order, so action
 * {@code k} is call {@code fires + k + 1}; each match is checked against the call's description.
 */
final class ActionCalls {
    private final Scenario scenario;
    private final int topLevelFires;
    private final Map<Integer, Action> byCall = new HashMap<>();
    private int scheduled;

    ActionCalls(Scenario scenario) {
        this.scenario = scenario;
        int fires = 0;
        for (DeferredSpec spec : scenario.deferreds()) {
            if (scenario.isTopLevel(spec.name())
                    && spec instanceof DeferredSpec.Plain
                    && ((DeferredSpec.Plain) spec).fire().isPresent()) {
                fires++;
            }
        }
        this.topLevelFires = fires;
    }

    /** Notes a scheduled call; when it is an action's, remembers which. */
    void scheduled(SimEvent.DelayedCallScheduled event) {
        scheduled++;
        int action = event.call() - topLevelFires - 1;
        if (scheduled == event.call()
                && action >= 0
                && action < scenario.actions().size()) {
            Action candidate = scenario.actions().get(action);
            if (event.description().startsWith(candidate.verb() + " " + candidate.deferred())) {
                byCall.put(event.call(), candidate);
            }
        }
    }

    /** The actions found so far, by call number. */
    Map<Integer, Action> byCall() {
        return byCall;
    }
}
