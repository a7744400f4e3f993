package deferredsim.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code ScenarioPython writes reads as Twisted a person would write (None as None, the clock's
 * loop last and only when something is scheduled), and the lines it tells for a pair, a step, the
 * making of a deferred, a timed action and a deferred's own fire are the lines that do them.
 */
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

    // If a scenario is written as code, then it starts with its import, writes None as None and ends with the clock's
    // loop.
    @Test
    void code_startsWithItsImportAndEndsWithTheClocksLoop() throws Exception {
        Scenario scenario = ScenarioReader.read("{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
                + " {\"name\": \"d\", \"chain\": [[\"r None\", \"p\"]],"
                + " \"fire\": {\"method\": \"callback\", \"value\": \"None\", \"after\": 1}}]}");
        List<String> code = ScenarioPython.lines(scenario);
        assertThat(code.get(0)).isEqualTo("from twisted.internet import defer, task");
        assertThat(code)
                .contains("    return None", "clock.callLater(1, d.callback, None)")
                .noneMatch(line -> line.contains("def run") || line.contains("\"None\"") || line.contains("try:"));
        assertThat(code.subList(code.size() - 2, code.size()))
                .containsExactly(
                        "while clock.getDelayedCalls():",
                        "    clock.advance(min(call.getTime() for call in clock.getDelayedCalls()) - clock.seconds())");
    }

    // If nothing is scheduled, then the code has no clock at all.
    @Test
    void code_withNothingScheduled_hasNoClock() throws Exception {
        Scenario scenario = ScenarioReader.read(
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [[\"r a\","
                        + " \"p\"]]}]}");
        assertThat(ScenarioPython.lines(scenario))
                .containsExactly(
                        "from twisted.internet import defer",
                        "",
                        "",
                        "def return_a(result):",
                        "    return \"a\"",
                        "",
                        "",
                        "d = defer.Deferred()",
                        "d.addCallback(return_a)");
    }

    // If a timed call may fire a deferred that has its result, then the loop reports AlreadyCalledError and goes on.
    @Test
    void code_withASecondFire_reportsAlreadyCalledErrorAndGoesOn() throws Exception {
        List<String> code = ScenarioPython.lines(ScenarioReader.read(SCENARIO));
        assertThat(code.subList(code.size() - 5, code.size()))
                .containsExactly(
                        "while clock.getDelayedCalls():",
                        "    try:",
                        "        clock.advance(min(call.getTime() for call in clock.getDelayedCalls()) -"
                                + " clock.seconds())",
                        "    except defer.AlreadyCalledError:",
                        "        print(\"t=%g: AlreadyCalledError\" % clock.seconds())");
    }

    // If a deferred made when first needed has its result at once and nothing else, then it is made with succeed or
    // fail.
    @Test
    void makeLine_ofADeferredMadeWithItsResult_isItsSucceedOrFail() throws Exception {
        Scenario scenario = ScenarioReader.read("{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
                + " {\"name\": \"d\", \"chain\": [[\"d hit\", \"d miss\"]],"
                + " \"fire\": {\"method\": \"callback\", \"value\": \"go\", \"after\": 0}},"
                + " {\"name\": \"hit\", \"fire\": {\"method\": \"callback\", \"value\": \"poem\", \"after\": 0}},"
                + " {\"name\": \"miss\", \"fire\": {\"method\": \"errback\", \"value\": \"gone\", \"after\": 0}}]}");
        List<String> code = ScenarioPython.lines(scenario);
        assertThat(code.get(ScenarioPython.makeLine(scenario, "hit").getAsInt() - 1))
                .isEqualTo("    hit = defer.succeed(\"poem\")");
        assertThat(ScenarioPython.fireLine(scenario, "hit")).isEqualTo(ScenarioPython.makeLine(scenario, "hit"));
        assertThat(code.get(ScenarioPython.makeLine(scenario, "miss").getAsInt() - 1))
                .isEqualTo("    miss = defer.fail(Exception(\"gone\"))");
        assertThat(code.get(ScenarioPython.makeLine(scenario, "d").getAsInt() - 1))
                .isEqualTo("d = defer.Deferred()");
    }

    // The line of a generator's step is its yield, or the return or raise that ends it; steps after that have none.
    @Test
    void stepLine_isTheYieldOrTheEndOfTheGenerator() throws Exception {
        Scenario scenario = ScenarioReader.read("{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
                + " {\"name\": \"g\", \"inline\": [\"yield a\", \"yield b catch\", \"return None\", \"raise x\"]},"
                + " {\"name\": \"a\", \"fire\": {\"method\": \"callback\", \"value\": \"1\", \"after\": 1}},"
                + " {\"name\": \"b\", \"fire\": {\"method\": \"errback\", \"value\": \"2\", \"after\": 1}}]}");
        List<String> code = ScenarioPython.lines(scenario);
        assertThat(code.get(ScenarioPython.stepLine(scenario, "g", 0).getAsInt() - 1))
                .isEqualTo("    result = yield make_a()");
        assertThat(code.get(ScenarioPython.stepLine(scenario, "g", 1).getAsInt() - 1))
                .isEqualTo("        result = yield make_b()");
        assertThat(code.get(ScenarioPython.stepLine(scenario, "g", 2).getAsInt() - 1))
                .isEqualTo("    return None");
        assertThat(ScenarioPython.stepLine(scenario, "g", 3)).isEmpty();
        assertThat(code.get(ScenarioPython.makeLine(scenario, "g").getAsInt() - 1))
                .isEqualTo("g = g_steps()  # runs until its first wait");
    }

    // A string is written so that Python reads exactly it back: an emoji as itself, invisible characters escaped.
    @Test
    void literal_keepsPrintableCharactersAndEscapesInvisibleOnes() {
        assertThat(PythonNames.literal("\uD83D\uDE00 é \"q\" \\ \u200b\u0001\uD83D"))
                .isEqualTo("\"\uD83D\uDE00 é \\\"q\\\" \\\\ \\u200b\\u0001\\ud83d\"");
    }
}
