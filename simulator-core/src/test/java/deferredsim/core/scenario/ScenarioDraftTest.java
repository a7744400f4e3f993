package deferredsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.testing.ScenarioGenerators;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioDraftTest {
    private static final ScenarioDraft HALF_DONE = ScenarioDraft.of(
            List.of(new DeferredSpec.Plain(
                    "d",
                    List.of(new PairSpec(new MemberSpec.Defer("x"), MemberSpec.passthru())),
                    Optional.empty(),
                    Optional.empty())),
            List.of(new Action.Unpause(Time.ofSeconds(2), "d")));

    // If a draft breaks a rule of the whole scenario, then it is written with a note naming the problem and reads back
    // equal.
    @Test
    void writeThenRead_ofAnIncompleteDraftGivesItBack() throws ScenarioException {
        String text = HALF_DONE.write();

        assertThat(text)
                .startsWith("{\"format\": \"deferred-scenario-draft/1\",\n \"note\": \"not complete yet: ")
                .contains("no deferred is named 'x'");
        assertThat(ScenarioDraft.read(text)).isEqualTo(HALF_DONE);
        assertThat(ScenarioDraft.read(text).problem()).isPresent();
        assertThat(ScenarioDraft.declaresDraftFormat(text)).isTrue();
    }

    // If the scenario reader is given a draft, then it refuses it saying it is a draft and how to finish it.
    @Test
    void scenarioReader_refusesADraftExplainingIt() {
        assertThatThrownBy(() -> ScenarioReader.read(HALF_DONE.write()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining(
                        "1:12: $.format: this is a draft, saved at the prompt before the scenario was" + " complete")
                .hasMessageContaining("load it at the prompt");
    }

    // When any valid scenario is written as a draft, then the draft reads back as the same parts, complete.
    @Test
    void writeThenRead_ofValidScenariosRoundTrips() {
        qt().withExamples(200).forAll(ScenarioGenerators.scenarios()).checkAssert(scenario -> {
            ScenarioDraft draft = ScenarioDraft.of(scenario.deferreds(), scenario.actions());
            try {
                ScenarioDraft back = ScenarioDraft.read(draft.write());
                assertThat(back).isEqualTo(draft);
                assertThat(back.toScenario()).isEqualTo(scenario);
                assertThat(ScenarioDraft.read(ScenarioWriter.write(scenario))).isEqualTo(draft);
            } catch (ScenarioException e) {
                throw new AssertionError(e);
            }
        });
    }

    // If a draft's deferred is not well-formed, then reading it fails at that place, as the scenario reader would.
    @Test
    void read_ofABrokenDeferredNamesThePlace() {
        assertThatThrownBy(() -> ScenarioDraft.read(
                        "{\"format\": \"deferred-scenario-draft/1\", \"deferreds\": [{\"name\": \"d\", \"chain\":"
                                + " [[\"retrun x\", \"p\"]]}]}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("$.deferreds[0].chain[0][0]")
                .hasMessageContaining("retrun");
    }
}
