package deferredsim.gui.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import deferredsim.gui.playback.PlaybackViewModel;
import deferredsim.lessons.LessonCatalog;
import deferredsim.lessons.ReactorScenario;
import org.junit.jupiter.api.Test;

/** The reactor run's rows follow playback without a toolkit. */
class ReactorRunViewModelTest {
    private static Recording lessonOneRun() throws Exception {
        ReactorScenario scenario = (ReactorScenario) LessonCatalog.load().lesson(1).orElseThrow().scenarios().stream()
                .filter(s -> s instanceof ReactorScenario)
                .findFirst()
                .orElseThrow();
        return scenario.recording();
    }

    /** When a run is loaded and playback steps, then the rows shown are exactly the events up to the playhead. */
    @Test
    void shown_afterSteps_isEventsUpToPlayhead() throws Exception {
        Recording run = lessonOneRun();
        PlaybackViewModel playback = new PlaybackViewModel();
        ReactorRunViewModel model = new ReactorRunViewModel(playback);
        Reading reading = Reading.of(run);
        model.load("one", reading);
        playback.load(reading);
        playback.first();
        assertTrue(model.shown().isEmpty());
        playback.stepForward();
        playback.stepForward();
        assertEquals(2, model.shown().size());
        assertEquals(run.size(), model.getRows().size());
        assertEquals(1, model.shown().get(1).index());
        assertEquals("one", model.titleProperty().get());
    }

    /** If an event is a reactor event, then its row names its process and says exactly the reading's sentence. */
    @Test
    void row_reactorEvent_namesProcessAndTellsTheReadingsSentence() throws Exception {
        Reading reading = Reading.of(lessonOneRun());
        int index = 0;
        while (reading.reactor().who(index).isEmpty()) {
            index++;
        }
        ReactorRunViewModel.Row row = ReactorRunViewModel.row(reading, index);
        assertEquals(reading.reactor().who(index).orElseThrow(), row.who());
        assertEquals(reading.sentence(index), row.text());
        assertFalse(row.text().contains("\"who\""), row.text());
    }
}
