package deferredsim.cli.export;

import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage number each {@code add} action's pair gets: stages count from 0 in the order pairs are
 * added, the chain's pairs first (added when the deferred is created) and then the add actions in
 * the order they run. Actions only name top-level deferreds, which exist before the clock runs, and
 * all actions are scheduled first, so they run in (time, listed order) order.
 */
final class StageNumbers {
    private final Map<Integer, Integer> byActionIndex;

    private StageNumbers(Map<Integer, Integer> byActionIndex) {
        this.byActionIndex = byActionIndex;
    }

    static StageNumbers of(Scenario scenario) {
        List<Action> actions = scenario.actions();
        List<Integer> order = new ArrayList<>();
        for (int index = 0; index < actions.size(); index++) {
            order.add(index);
        }
        order.sort(Comparator.comparing((Integer index) -> actions.get(index).at())); // stable: ties keep listed order
        Map<String, Integer> next = new HashMap<>();
        Map<Integer, Integer> numbers = new HashMap<>();
        for (int index : order) {
            Action action = actions.get(index);
            if (action instanceof Action.Add) {
                String name = action.deferred();
                int chainSize = scenario.deferred(name).orElseThrow().chain().size();
                int stage = next.getOrDefault(name, chainSize);
                numbers.put(index, stage);
                next.put(name, stage + 1);
            }
        }
        return new StageNumbers(numbers);
    }

    /** The stage number of the pair that the add action at {@code actionIndex} adds. */
    int ofAction(int actionIndex) {
        Integer stage = byActionIndex.get(actionIndex);
        if (stage == null) {
            throw new IllegalArgumentException("action " + actionIndex + " adds no pair");
        }
        return stage;
    }
}
