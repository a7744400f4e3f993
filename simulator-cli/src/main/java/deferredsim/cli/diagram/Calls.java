package deferredsim.cli.diagram;

import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.PairSpec;

/** How the timeline and the narrator name the clock's delayed calls. */
final class Calls {
    private Calls() {}

    /** {@code fire x}, {@code cancel L}, {@code add (passthru | fail bad) to d}. */
    static String describe(Scene scene, int call, String description) {
        Action action = scene.actionsByCall.get(call);
        if (action instanceof Action.Add) {
            return "add " + pair(((Action.Add) action).pair()) + " to " + action.deferred();
        }
        return description;
    }

    /** {@code (return good | fail bad)}. */
    static String pair(PairSpec pair) {
        return "(" + Phrases.stage(pair.callback()) + " | " + Phrases.stage(pair.errback()) + ")";
    }
}
