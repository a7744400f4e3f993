package deferredsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.time.Time;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ScenarioReader} makes of valid scenario files. */
class ScenarioReaderTest {

    // If a plain deferred has a chain, a fire and a canceller, then all three are read into its spec.
    @Test
    void read_buildsAPlainDeferredWithChainFireAndCanceller() throws ScenarioException {
        Scenario scenario = ScenarioReader.read("""
            {"format": "deferred-scenario/1",
             "deferreds": [
              {"name": "d", "chain": [["return good", "fail bad"], ["passthru", "p"]],
               "fire": {"method": "errback", "value": "oops", "after": 2}, "canceller": "callback late"},
              {"name": "e", "canceller": "nothing"},
              {"name": "f", "canceller": "errback stop"}
             ]}
            """);

        assertThat(scenario.deferreds())
                .containsExactly(
                        new DeferredSpec.Plain(
                                "d",
                                List.of(
                                        new PairSpec(new MemberSpec.Return("good"), new MemberSpec.Fail("bad")),
                                        new PairSpec(MemberSpec.passthru(), MemberSpec.passthru())),
                                Optional.of(new FireSpec(FireMethod.ERRBACK, "oops", Time.ofSeconds(2))),
                                Optional.of(new CancellerSpec.Fires(FireMethod.CALLBACK, "late"))),
                        new DeferredSpec.Plain(
                                "e", List.of(), Optional.empty(), Optional.of(CancellerSpec.Nothing.INSTANCE)),
                        new DeferredSpec.Plain(
                                "f",
                                List.of(),
                                Optional.empty(),
                                Optional.of(new CancellerSpec.Fires(FireMethod.ERRBACK, "stop"))));
        assertThat(scenario.actions()).isEmpty();
    }

    // If stage keywords are abbreviated or in mixed case, then they read as the full stage.
    @Test
    void read_acceptsAbbreviatedStagesInAnyCase() throws ScenarioException {
        Scenario scenario = ScenarioReader.read("""
            {"format": "deferred-scenario/1", "deferreds": [
              {"name": "d", "chain": [["REtuRn CyN", "F x"], ["Pass", "Defer e"]]},
              {"name": "e"}]}
            """);

        assertThat(scenario.deferreds().get(0).chain())
                .containsExactly(
                        new PairSpec(new MemberSpec.Return("CyN"), new MemberSpec.Fail("x")),
                        new PairSpec(MemberSpec.passthru(), new MemberSpec.Defer("e")));
    }

    // If a deferred has "list", then its members and flags are read; "gather": true makes it gatherResults.
    @Test
    void read_buildsListDeferredsWithFlagsOrGather() throws ScenarioException {
        Scenario scenario = ScenarioReader.read("""
            {"format": "deferred-scenario/1", "deferreds": [
              {"name": "L", "list": ["a", "b"], "fireOnOneCallback": true, "consumeErrors": true, "chain": [["p", "p"]]},
              {"name": "G", "list": ["c"], "gather": true},
              {"name": "P", "list": [], "gather": false, "fireOnOneErrback": true},
              {"name": "a"}, {"name": "b"}, {"name": "c"}]}
            """);

        assertThat(scenario.deferreds().subList(0, 3))
                .containsExactly(
                        new DeferredSpec.ListOf(
                                "L",
                                List.of("a", "b"),
                                new ListOptions(true, false, true, false),
                                List.of(new PairSpec(MemberSpec.passthru(), MemberSpec.passthru()))),
                        new DeferredSpec.ListOf("G", List.of("c"), ListOptions.GATHER, List.of()),
                        new DeferredSpec.ListOf("P", List.of(), new ListOptions(false, true, false, false), List.of()));
    }

    // If a deferred has "inline", then each step string becomes its step.
    @Test
    void read_buildsInlineDeferredsWithTheirSteps() throws ScenarioException {
        Scenario scenario = ScenarioReader.read("""
            {"format": "deferred-scenario/1", "deferreds": [
              {"name": "g", "inline": ["yield a", "yield b catch", "raise oops", "return done"], "chain": [["p", "p"]]},
              {"name": "a"}, {"name": "b"}]}
            """);

        assertThat(scenario.deferreds().get(0))
                .isEqualTo(new DeferredSpec.Inline(
                        "g",
                        List.of(
                                new InlineStep.Yield("a", false),
                                new InlineStep.Yield("b", true),
                                new InlineStep.Raise("oops"),
                                new InlineStep.Return("done")),
                        List.of(new PairSpec(MemberSpec.passthru(), MemberSpec.passthru()))));
    }

    // If the scenario has actions of every verb, then each is read with its time, target and arguments, in order.
    @Test
    void read_buildsEveryKindOfAction() throws ScenarioException {
        Scenario scenario = ScenarioReader.read("""
            {"format": "deferred-scenario/1", "deferreds": [{"name": "d"}],
             "actions": [
              {"at": 3, "do": "fire", "deferred": "d", "method": "callback", "value": "v"},
              {"at": 1, "do": "pause", "deferred": "d"},
              {"at": 2, "do": "unpause", "deferred": "d"},
              {"at": 4, "do": "cancel", "deferred": "d"},
              {"at": 0, "do": "add", "deferred": "d", "pair": ["r x", "passthru"]}
             ]}
            """);

        assertThat(scenario.actions())
                .containsExactly(
                        new Action.Fire(Time.ofSeconds(3), "d", FireMethod.CALLBACK, "v"),
                        new Action.Pause(Time.ofSeconds(1), "d"),
                        new Action.Unpause(Time.ofSeconds(2), "d"),
                        new Action.Cancel(Time.ofSeconds(4), "d"),
                        new Action.Add(
                                Time.ZERO, "d", new PairSpec(new MemberSpec.Return("x"), MemberSpec.passthru())));
    }

    // If times are written as decimals, with trailing zeros or with exponents, then they are read as Python floats.
    @Test
    void read_acceptsAnyJsonNumberAsATime() throws ScenarioException {
        Scenario scenario = ScenarioReader.read("""
            {"format": "deferred-scenario/1", "deferreds": [{"name": "d"}],
             "actions": [
              {"at": 0.5, "do": "cancel", "deferred": "d"}, {"at": 1.25, "do": "cancel", "deferred": "d"},
              {"at": 2.000, "do": "cancel", "deferred": "d"}, {"at": 1e1, "do": "cancel", "deferred": "d"},
              {"at": 0.000000001, "do": "cancel", "deferred": "d"}, {"at": -0, "do": "cancel", "deferred": "d"}]}
            """);

        assertThat(scenario.actions())
                .extracting(action -> action.at().toString())
                .containsExactly("0.5", "1.25", "2", "10", "1e-09", "0");
        assertThat(scenario.actions().get(0).at()).isEqualTo(Time.ofSeconds(new BigDecimal("0.5")));
    }

    // If a file starts with a UTF-8 byte order mark, then reading the path skips it.
    @Test
    void readPath_skipsAByteOrderMark(@TempDir Path dir) throws IOException, ScenarioException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "\uFEFF{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\"}]}");

        assertThat(ScenarioReader.read(file).deferreds())
                .extracting(DeferredSpec::name)
                .containsExactly("d");
    }

    // If the file is missing or not UTF-8, then the message names the file and the reason, with no position.
    @Test
    void readPath_reportsUnreadableFilesClearly(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.json");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"format\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ScenarioReader.read(missing))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("cannot read " + missing + ": no such file");
        assertThatThrownBy(() -> ScenarioReader.read(latin1))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("1:16: the byte 0xE9 here is not UTF-8 text; save the file as UTF-8");
        assertThatThrownBy(() -> ScenarioReader.read(dir))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("cannot read " + dir + ": ");
    }
}
