package deferredsim.gui.app;

import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;

/** The scenario a new window starts with: the classic three-pair chain of the original simulator. */
final class Examples {
    private Examples() {}

    static final String CLASSIC = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [\n"
        + " {\"name\": \"d\", \"chain\": [[\"return good\", \"fail bad\"], [\"fail oops\", \"passthru\"],"
        + " [\"passthru\", \"return fixed\"]], \"fire\": {\"method\": \"callback\", \"value\": \"initial\", \"after\":"
        + " 0}}\n"
        + "]}\n";

    /** A scenario without deferreds. */
    static Scenario empty() {
        try {
            return ScenarioReader.read("{\"format\": \"deferred-scenario/1\", \"deferreds\": []}");
        } catch (ScenarioException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** The classic chain, fired by {@code d.callback(initial)}. */
    static Scenario classic() {
        try {
            return ScenarioReader.read(CLASSIC);
        } catch (ScenarioException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
