package deferredsim.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.scenario.ReactorScenario;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.testing.ReactorRuns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Changing one line of a reactor program's code, written as Python. */
class ReactorCodeEditTest {
    private static final String JSON = """
        {"format": "reactor-scenario/1",
         "program": {
          "main": ["reactor.callLater 1 tick", "reactor.callWhenRunning hog", "reactor.run"],
          "functions": {
           "hog": ["print hogging", "time.sleep 3"],
           "tick": ["print tick", "reactor.stop"],
           "got": ["print got: {0}"]
          }}}\
        """;

    private static ReactorScenario scenario() throws Exception {
        return ReactorScenarioReader.read(JSON);
    }

    private static int lineOf(ReactorScenario scenario, String text) {
        List<String> lines = ReactorPython.lines(scenario);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not a line of " + lines);
    }

    private static List<String> printed(ReactorScenario scenario) {
        return ReactorSimulation.run(scenario).events().stream()
                .filter(deferredsim.core.reactor.event.ProcessEvents.Printed.class::isInstance)
                .map(e -> ((deferredsim.core.reactor.event.ProcessEvents.Printed) e).time() + " "
                        + ((deferredsim.core.reactor.event.ProcessEvents.Printed) e).text())
                .toList();
    }

    // If a line is replaced by Python the program's language has, then the program runs with that statement.
    @Test
    void apply_newStatement_changesTheRun() throws Exception {
        ReactorScenario original = scenario();

        ReactorScenario changed =
                ReactorCodeEdit.apply(JSON, original, lineOf(original, "time.sleep(3)"), "time.sleep(0.5)");

        assertThat(printed(original)).containsExactly("0 hogging", "3 tick");
        assertThat(printed(changed)).containsExactly("0 hogging", "1 tick");
    }

    // If a line is replaced by pass, then its statement goes.
    @Test
    void apply_pass_takesTheStatementOut() throws Exception {
        ReactorScenario original = scenario();

        ReactorScenario changed = ReactorCodeEdit.apply(JSON, original, lineOf(original, "reactor.stop()"), "pass");

        List<SimEvent> events = ReactorSimulation.run(changed).events();
        assertThat(events)
                .anyMatch(e -> e instanceof ReactorEvents.StateChanged s
                        && s.phase() == deferredsim.core.reactor.event.ReactorPhase.IDLE_FOREVER);
        assertThat(ReactorPython.lines(changed)).doesNotContain("    reactor.stop()");
    }

    // If the new line uses the function's argument in an f-string, then the statement uses its placeholder.
    @Test
    void apply_fStringOfAnArgument_becomesItsPlaceholder() throws Exception {
        ReactorScenario original = scenario();

        ReactorScenario changed = ReactorCodeEdit.apply(
                JSON,
                original,
                lineOf(original, "print(f\"got: {arg1}\")"),
                "print(f\"now {arg1}!\", file=sys.stderr)");

        assertThat(ReactorPython.lines(changed)).contains("    print(f\"now {arg1}!\", file=sys.stderr)");
    }

    // If the new line is not Python of the program's kind, then the problem is told with its column.
    @Test
    void apply_malformedPython_saysWhereAndWhat() throws Exception {
        ReactorScenario original = scenario();
        int line = lineOf(original, "reactor.callLater(1, tick)");

        assertThatThrownBy(() -> ReactorCodeEdit.apply(JSON, original, line, "reactor.callLater(1, tick"))
                .isInstanceOf(CodeEditException.class)
                .hasMessage("expected ')' to close the call that starts at column 1")
                .extracting(e -> ((CodeEditException) e).column())
                .isEqualTo(26);
        assertThatThrownBy(() -> ReactorCodeEdit.apply(JSON, original, line, "reactor.callLater(\"soon\", tick)"))
                .hasMessage("expected a number here");
        assertThatThrownBy(() -> ReactorCodeEdit.apply(JSON, original, line, "reactor.callLater(1, tock)"))
                .hasMessageStartingWith("The program does not read with that line: 'tock' is not defined");
        assertThatThrownBy(() -> ReactorCodeEdit.apply(JSON, original, line, ""))
                .hasMessageContaining("expected a statement");
    }

    // If the line holds no statement (a def, a blank line) or is beyond the code, then nothing can change there.
    @Test
    void apply_lineWithoutStatement_isRefused() throws Exception {
        ReactorScenario original = scenario();

        assertThatThrownBy(() -> ReactorCodeEdit.apply(JSON, original, lineOf(original, "def hog():"), "pass"))
                .isInstanceOf(CodeEditException.class)
                .hasMessageContaining("is not a statement of the program");
        assertThatThrownBy(() -> ReactorCodeEdit.apply(JSON, original, 999, "pass"))
                .hasMessageStartingWith("The code has lines 1 to ");
        assertThat(ReactorCodeEdit.isStatement(original, lineOf(original, "def hog():")))
                .isFalse();
        assertThat(ReactorCodeEdit.isStatement(original, lineOf(original, "time.sleep(3)")))
                .isTrue();
    }

    static List<String> programs() {
        return ReactorRuns.names().stream()
                .filter(name -> ReactorPython.hasCode(ReactorRuns.scenario(name)))
                .toList();
    }

    // If every statement line of an example's code is written back as it is, then the program is the same: the
    // Python the code shows maps one to one onto the program's statements.
    @ParameterizedTest
    @MethodSource("programs")
    void apply_eachLineAsShown_givesTheSameProgram(String name) throws Exception {
        ReactorScenario scenario = ReactorRuns.scenario(name);
        String json = ReactorRuns.text(name);
        List<String> lines = ReactorPython.lines(scenario);

        int statements = 0;
        for (int line = 1; line <= lines.size(); line++) {
            if (ReactorCodeEdit.isStatement(scenario, line)) {
                ReactorScenario same = ReactorCodeEdit.apply(
                        json, scenario, line, lines.get(line - 1).strip());
                assertThat(same.program()).as("%s line %d", name, line).isEqualTo(scenario.program());
                statements++;
            }
        }
        assertThat(statements).isPositive();
    }
}
