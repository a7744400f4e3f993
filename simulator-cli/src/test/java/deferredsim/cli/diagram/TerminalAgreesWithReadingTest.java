package deferredsim.cli.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import deferredsim.lessons.DeferredScenario;
import deferredsim.lessons.Lesson;
import deferredsim.lessons.LessonCatalog;
import deferredsim.lessons.LessonScenario;
import deferredsim.lessons.RecordedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The terminal's half of "every view tells the same story" (the window's half is the window's
 * {@code WindowAgreesWithReadingTest}): for every scenario of the conformance corpus and every
 * lesson chain scenario, at every playhead, the step view's sentence is exactly the reading's
 * sentence and each deferred's result line says exactly its snapshot's status. The window's status
 * line and lane headers are held to the same words, so the two views say the same at every event.
 */
class TerminalAgreesWithReadingTest {

    /** When each corpus scenario is stepped through, then the sentence and every result line say what the reading says. */
    @TestFactory
    Stream<DynamicTest> corpus_sentenceAndResultLinesAreTheReadings() {
        return Runs.corpus()
                .map(run -> DynamicTest.dynamicTest(run.name(), () -> assertAgrees(run.scenario(), run.recording())));
    }

    /** When each lesson's chain scenario or recorded program is stepped through, then the terminal says what the reading says. */
    @TestFactory
    Stream<DynamicTest> lessons_sentenceAndResultLinesAreTheReadings() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson lesson : LessonCatalog.load().lessons()) {
            for (LessonScenario scenario : lesson.scenarios()) {
                if (scenario instanceof DeferredScenario chain) {
                    tests.add(DynamicTest.dynamicTest(
                            lesson.number() + " " + scenario.name(),
                            () -> assertAgrees(chain.scenario(), scenario.recording())));
                }
                if (scenario instanceof RecordedScenario recorded) {
                    tests.add(DynamicTest.dynamicTest(
                            lesson.number() + " " + scenario.name() + " (recorded)",
                            () -> assertAgrees(recorded.program().cast(), scenario.recording())));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream();
    }

    private static void assertAgrees(Scenario scenario, Recording recording) {
        Reading reading = Reading.of(recording);
        Stepper stepper = Stepper.of(scenario, recording);
        int shown = 0;
        for (int position = 0; position <= reading.size(); position++) {
            Playhead at = new Playhead(position);
            stepper.seek(at);
            assertThat(stepper.sentence())
                    .as("sentence at %d", position)
                    .isEqualTo(at.atStart() ? reading.startSentence() : reading.sentence(at.lastEvent()));
            for (DeferredSnapshot snapshot : reading.deferreds(at)) {
                var line = stepper.resultLine(snapshot.name());
                if (line.isPresent()) {
                    shown++;
                    assertThat(line.get())
                            .as("result line of %s at %d", snapshot.name(), position)
                            .isEqualTo(snapshot.status());
                }
            }
        }
        assertThat(shown).as("result lines compared").isPositive();
    }
}
