package deferredsim.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines ScenarioPython tells for a pair, a timed action and a deferred's own fire are the lines that do them. */
class ScenarioPythonLinesTest {
    private static final String SCENARIO = "{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
            + " {\"name\": \"d\", \"chain\": [[\"r shown\", \"r sorry\"], [\"p\", \"r later\"]],"
            + " \"fire\": {\"method\": \"callback\", \"value\": \"poem\", \"after\": 1}}],"
            + " \"actions\": [{\"at\": 2, \"do\": \"fire\", \"deferred\": \"d\", \"method\": \"errback\","
            + " \"value\": \"timed-out\"}]}";

    @Test
    void linesOfPairsActionsAndFiresAreWhereTheCodeDoesThem() throws Exception {
        Scenario scenario = ScenarioReader.read(SCENARIO);
        List<String> code = ScenarioPython.lines(scenario);
        assertThat(code.get(ScenarioPython.pairLine(scenario, "d", 0).getAsInt() - 1))
                .isEqualTo("d.addCallbacks(return_shown, return_sorry)");
        assertThat(code.get(ScenarioPython.pairLine(scenario, "d", 1).getAsInt() - 1))
                .isEqualTo("d.addErrback(return_later)");
        assertThat(code.get(ScenarioPython.fireLine(scenario, "d").getAsInt() - 1))
                .isEqualTo("clock.callLater(1, d.callback, \"poem\")");
        assertThat(code.get(ScenarioPython.actionLine(scenario, 0).getAsInt() - 1))
                .isEqualTo("clock.callLater(2, d.errback, Exception(\"timed-out\"))");
        assertThat(ScenarioPython.pairLine(scenario, "d", 2)).isEmpty();
        assertThat(ScenarioPython.actionLine(scenario, 1)).isEmpty();
        assertThat(ScenarioPython.fireLine(scenario, "nobody")).isEmpty();
    }
}
