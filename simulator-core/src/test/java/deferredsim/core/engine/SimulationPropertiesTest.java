package deferredsim.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.testing.ScenarioGenerators;
import deferredsim.core.trace.TraceWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties every run has, whatever the scenario. */
class SimulationPropertiesTest {
    /** For any scenario, the recording ends with one outcome per deferred, in declaration order. */
    @Test
    void run_endsWithOneOutcomePerDeferredInOrder() {
        qt().withExamples(300).forAll(ScenarioGenerators.scenarios()).checkAssert(scenario -> {
            List<SimEvent.Outcome> outcomes =
                    Simulation.runOnThisThread(scenario).outcomes();
            assertThat(outcomes)
                    .extracting(SimEvent.Outcome::deferred)
                    .containsExactlyElementsOf(scenario.deferreds().stream()
                            .map(DeferredSpec::name)
                            .toList());
        });
    }

    /** For any scenario, event times never go backwards. */
    @Test
    void run_eventTimesNeverDecrease() {
        qt().withExamples(300).forAll(ScenarioGenerators.scenarios()).checkAssert(scenario -> {
            Recording recording = Simulation.runOnThisThread(scenario);
            for (int i = 1; i < recording.size(); i++) {
                assertThat(recording.get(i).time())
                        .isGreaterThanOrEqualTo(recording.get(i - 1).time());
            }
        });
    }

    /** For any scenario, running it twice gives the same trace: the engine is deterministic. */
    @Test
    void run_isDeterministic() {
        qt().withExamples(200)
                .forAll(ScenarioGenerators.scenarios())
                .checkAssert(scenario -> assertThat(TraceWriter.lines(Simulation.runOnThisThread(scenario)))
                        .isEqualTo(TraceWriter.lines(Simulation.runOnThisThread(scenario))));
    }

    /** For any scenario, a fired deferred has a value and others have none. */
    @Test
    void run_onlyFiredOutcomesHaveValues() {
        qt().withExamples(300).forAll(ScenarioGenerators.scenarios()).checkAssert(scenario -> {
            for (SimEvent.Outcome outcome : Simulation.runOnThisThread(scenario).outcomes()) {
                assertThat(outcome.value() != null).isEqualTo(outcome.state() == DeferredState.FIRED);
            }
        });
    }
}
