package deferredsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.testing.ScenarioGenerators;
import deferredsim.core.time.Time;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioWriterTest {

    // If a scenario has every kind of deferred and action, then it is written one per line like the corpus, defaults
    // left out.
    @Test
    void write_laysOutOneDeferredOrActionPerLine() throws ScenarioException {
        Scenario scenario = Scenario.of(
                List.of(
                        new DeferredSpec.Plain(
                                "d",
                                List.of(new PairSpec(new MemberSpec.Return("good"), new MemberSpec.Defer("x"))),
                                Optional.of(
                                        new FireSpec(FireMethod.CALLBACK, "v", Time.ofSeconds(new BigDecimal("0.50")))),
                                Optional.of(new CancellerSpec.Fires(FireMethod.ERRBACK, "stop"))),
                        new DeferredSpec.Plain(
                                "x", List.of(), Optional.empty(), Optional.of(CancellerSpec.Nothing.INSTANCE)),
                        new DeferredSpec.ListOf(
                                "L", List.of("g"), new ListOptions(true, false, true, false), List.of()),
                        new DeferredSpec.ListOf(
                                "G",
                                List.of(),
                                ListOptions.GATHER,
                                List.of(new PairSpec(MemberSpec.passthru(), new MemberSpec.Fail("no")))),
                        new DeferredSpec.Inline(
                                "g", List.of(new InlineStep.Yield("a", true), new InlineStep.Raise("r")), List.of()),
                        new DeferredSpec.Plain("a", List.of(), Optional.empty(), Optional.empty())),
                List.of(
                        new Action.Pause(Time.ofSeconds(1), "d"),
                        new Action.Unpause(Time.ofSeconds(2), "d"),
                        new Action.Fire(Time.ofSeconds(3), "d", FireMethod.ERRBACK, "late"),
                        new Action.Add(
                                Time.ofSeconds(new BigDecimal("1.25")),
                                "G",
                                new PairSpec(MemberSpec.passthru(), MemberSpec.passthru())),
                        new Action.Cancel(Time.ZERO, "L")));

        assertThat(ScenarioWriter.write(scenario)).isEqualTo("""
            {"format": "deferred-scenario/1",
             "deferreds": [
              {"name": "d", "chain": [["return good", "defer x"]], "fire": {"method": "callback", "value": "v", "after": 0.5}, \
            "canceller": "errback stop"},
              {"name": "x", "chain": [], "canceller": "nothing"},
              {"name": "L", "list": ["g"], "fireOnOneCallback": true, "consumeErrors": true},
              {"name": "G", "list": [], "gather": true, "chain": [["passthru", "fail no"]]},
              {"name": "g", "inline": ["yield a catch", "raise r"]},
              {"name": "a", "chain": []}
             ],
             "actions": [
              {"at": 1, "do": "pause", "deferred": "d"},
              {"at": 2, "do": "unpause", "deferred": "d"},
              {"at": 3, "do": "fire", "deferred": "d", "method": "errback", "value": "late"},
              {"at": 1.25, "do": "add", "deferred": "G", "pair": ["passthru", "passthru"]},
              {"at": 0, "do": "cancel", "deferred": "L"}
             ]}
            """);
    }

    // If a scenario has no deferreds and no actions, then the deferreds array is empty and actions are left out.
    @Test
    void write_writesAnEmptyScenarioCompactly() throws ScenarioException {
        assertThat(ScenarioWriter.write(Scenario.of(List.of(), List.of())))
                .isEqualTo("{\"format\": \"deferred-scenario/1\",\n \"deferreds\": []}\n");
    }

    // If names and values need escapes, then they are written as Python's json.dumps would write them.
    @Test
    void write_escapesNamesAndValues() throws ScenarioException {
        Scenario scenario = Scenario.of(
                List.of(new DeferredSpec.Plain(
                        "\u00e9\"",
                        List.of(new PairSpec(new MemberSpec.Return("\\\ud83d\ude00"), MemberSpec.passthru())),
                        Optional.empty(),
                        Optional.empty())),
                List.of());

        assertThat(ScenarioWriter.write(scenario))
                .contains("{\"name\": \"\\u00e9\\\"\", \"chain\": [[\"return \\\\\\ud83d\\ude00\", \"passthru\"]]}");
    }

    // If any valid scenario is written, then reading the text gives an equal scenario, and writing that again gives the
    // same text.
    @Test
    void write_roundTripsThroughTheReader() {
        qt().withExamples(500).forAll(ScenarioGenerators.scenarios()).checkAssert(scenario -> {
            String written = ScenarioWriter.write(scenario);
            Scenario read = readOrFail(written);
            assertThat(read).isEqualTo(scenario);
            assertThat(ScenarioWriter.write(read)).isEqualTo(written);
        });
    }

    private static Scenario readOrFail(String json) {
        try {
            return ScenarioReader.read(json);
        } catch (ScenarioException broken) {
            throw new AssertionError(broken.getMessage() + " in\n" + json, broken);
        }
    }
}
