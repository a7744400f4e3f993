package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.gui.lanes.LanesViewModel;
import deferredsim.gui.playback.PlaybackViewModel;
import deferredsim.lessons.DeferredScenario;
import deferredsim.lessons.Lesson;
import deferredsim.lessons.LessonCatalog;
import deferredsim.lessons.LessonScenario;
import deferredsim.lessons.ReactorScenario;
import deferredsim.lessons.RecordedScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The window's half of "every view tells the same story": for every scenario of the conformance
 * corpus and every lesson scenario, at every playhead, the status line is exactly the reading's
 * sentence and each deferred's header is exactly its snapshot's status, the words the terminal
 * prints for the same playhead.
 */
class WindowAgreesWithReadingTest {
    private static final Path CORPUS =
            Path.of("..", "simulator-core", "src", "test", "resources", "conformance", "trace");

    /** When each corpus scenario is stepped through, then the status line and every header say what the reading says. */
    @TestFactory
    Stream<DynamicTest> corpus_statusAndHeadersAreTheReadings() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> scenarios =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(scenarios).hasSizeGreaterThan(100);
            return scenarios.stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        Scenario scenario = ScenarioReader.read(file);
                        assertAgrees(scenario, Reading.of(Simulation.run(scenario)));
                    }));
        }
    }

    /** When each lesson scenario (chains, reactor programs and recorded programs alike) is stepped through, then the window says what the reading says. */
    @TestFactory
    Stream<DynamicTest> lessons_statusAndHeadersAreTheReadings() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson lesson : LessonCatalog.load().lessons()) {
            for (LessonScenario scenario : lesson.scenarios()) {
                tests.add(DynamicTest.dynamicTest(lesson.number() + " " + scenario.name(), () -> {
                    // As the window lays each kind out: a chain by its scenario, a recording by the deferreds
                    // its program made, a reactor run without one.
                    Scenario chain = switch (scenario) {
                        case DeferredScenario d -> d.scenario();
                        case RecordedScenario r -> r.program().cast();
                        case ReactorScenario r -> null;
                    };
                    assertAgrees(chain, Reading.of(scenario.recording()));
                }));
            }
        }
        return tests.stream();
    }

    private static void assertAgrees(Scenario scenario, Reading reading) {
        PlaybackViewModel playback = new PlaybackViewModel();
        LanesViewModel lanes = new LanesViewModel(playback);
        playback.load(reading);
        lanes.load(scenario, reading);
        for (int position = 0; position <= reading.size(); position++) {
            playback.seek(position);
            Playhead at = new Playhead(position);
            assertThat(playback.getStatusText())
                    .as("status at %d", position)
                    .isEqualTo(at.atStart() ? reading.startSentence() : reading.sentence(at.lastEvent()));
            for (DeferredSnapshot snapshot : reading.deferreds(at)) {
                assertThat(lanes.headerText(snapshot.name()))
                        .as("header of %s at %d", snapshot.name(), position)
                        .isEqualTo(snapshot.status());
            }
        }
    }
}
