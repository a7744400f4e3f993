package deferredsim.core.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.ScenarioGenerators;
import deferredsim.core.testing.TraceCorpus;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reading's state of every deferred at the end of a run agrees with the run's {@code result}
 * lines (its Outcome events), and every event has a sentence and a label: for every scenario of the
 * conformance corpus and for random scenarios.
 */
class ReadingAgreesWithTraceTest {
    /** When each corpus scenario is read, then its final states match its result lines and every event is told. */
    @TestFactory
    Stream<DynamicTest> corpus_finalStatesMatchResultLines() {
        return TraceCorpus.scenarios().stream()
                .map(file -> DynamicTest.dynamicTest(
                        file.getFileName().toString(), () -> assertAgrees(Simulation.run(ScenarioReader.read(file)))));
    }

    /** When random scenarios are read, then their final states match their result lines and every event is told. */
    @Test
    void randomScenarios_finalStatesMatchResultLines() {
        qt().withExamples(300)
                .forAll(ScenarioGenerators.scenarios())
                .checkAssert(scenario -> assertAgrees(Simulation.run(scenario)));
    }

    static void assertAgrees(Recording recording) {
        Reading reading = Reading.of(recording);
        int firstOutcome = -1;
        for (int i = 0; i < reading.size(); i++) {
            assertThat(reading.sentence(i)).as("sentence %d", i).isNotBlank().doesNotContain("null");
            assertThat(reading.label(i)).as("label %d", i).isNotBlank().doesNotContain("null");
            if (reading.event(i) instanceof SimEvent.Outcome outcome) {
                firstOutcome = firstOutcome < 0 ? i : firstOutcome;
                assertOutcome(reading, outcome, Playhead.before(firstOutcome));
            }
        }
    }

    /** Where the deferred stands just before the result lines (what the run itself said) matches its result line. */
    private static void assertOutcome(Reading reading, SimEvent.Outcome outcome, Playhead beforeResults) {
        String name = outcome.deferred();
        if (!reading.knows(name)) {
            assertThat(outcome.state().word()).as(name).isEqualTo("unused");
            return;
        }
        DeferredSnapshot last = reading.deferred(name, beforeResults);
        switch (outcome.state()) {
            case UNUSED -> assertThat(last.phase()).as(name).isEqualTo(DeferredPhase.NOT_CREATED);
            case PENDING -> assertThat(last.phase()).as(name).isEqualTo(DeferredPhase.PENDING);
            case WAITING -> assertThat(last.phase()).as(name).isIn(DeferredPhase.WAITING, DeferredPhase.PAUSED);
            case FIRED -> {
                assertThat(last.phase()).as(name).isEqualTo(DeferredPhase.FIRED);
                assertThat(last.result()).as(name).isEqualTo(outcome.value());
            }
        }
        assertThat(last.unhandled()).as(name + " unhandled").isEqualTo(outcome.unhandled());
        assertThat(reading.deferred(name, reading.end()).phase()).as(name).isEqualTo(last.phase());
    }

    /** The scenario folder, for tests that read one file. */
    static Path corpus(String name) {
        return TraceCorpus.directory().resolve(name + ".json");
    }
}
