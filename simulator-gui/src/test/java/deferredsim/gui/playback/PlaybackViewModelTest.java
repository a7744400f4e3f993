package deferredsim.gui.playback;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

class PlaybackViewModelTest {
    private static Reading classic() throws Exception {
        return Reading.of(Simulation.run(ScenarioReader.read("{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
                + "{\"name\": \"d\", \"chain\": [[\"r good\", \"f bad\"], [\"f oops\", \"p\"]],"
                + " \"fire\": {\"method\": \"callback\", \"value\": \"initial\", \"after\": 0}}]}")));
    }

    private static PlaybackViewModel loaded() throws Exception {
        PlaybackViewModel model = new PlaybackViewModel();
        model.load(classic());
        return model;
    }

    @Test
    void stepForward_showsTheNextEventAndTheReadingsSentence() throws Exception {
        // If the learner steps forward from the start, then the playhead is after one event and the status text is
        // the reading's sentence for it, word for word.
        PlaybackViewModel model = loaded();
        assertThat(model.getStatusText()).isEqualTo(model.getReading().startSentence());
        model.stepForward();
        assertThat(model.getPlayhead()).isEqualTo(new Playhead(1));
        assertThat(model.getPosition()).isEqualTo(1);
        assertThat(model.getStatusText()).isEqualTo(model.getReading().sentence(0));
        assertThat(model.atStartProperty().get()).isFalse();
    }

    @Test
    void stepBack_returnsToTheSameStateWithoutResimulating() throws Exception {
        // If the learner steps forward twice and back once, then the position and recording are those of one step.
        PlaybackViewModel model = loaded();
        Recording recording = model.getRecording();
        model.stepForward();
        String afterOne = model.getStatusText();
        model.stepForward();
        model.stepBack();
        assertThat(model.getPosition()).isEqualTo(1);
        assertThat(model.getStatusText()).isEqualTo(afterOne);
        assertThat(model.getRecording()).isSameAs(recording);
    }

    @Test
    void seek_clampsToTheRecording() throws Exception {
        // When a seek goes past either end, then the position stops at 0 or at the size.
        PlaybackViewModel model = loaded();
        model.seek(1_000);
        assertThat(model.getPosition()).isEqualTo(model.getSize());
        assertThat(model.atEndProperty().get()).isTrue();
        model.seek(-5);
        assertThat(model.getPosition()).isZero();
    }

    @Test
    void tick_advancesBySpeedAndStopsAtTheEnd() throws Exception {
        // If playback plays at 4 events per second, then half a second shows two events and a long tick stops at the
        // end.
        PlaybackViewModel model = loaded();
        model.speedProperty().set(4);
        model.play();
        model.tick(0.5);
        assertThat(model.getPosition()).isEqualTo(2);
        assertThat(model.isPlaying()).isTrue();
        model.tick(100);
        assertThat(model.getPosition()).isEqualTo(model.getSize());
        assertThat(model.isPlaying()).isFalse();
    }

    @Test
    void tick_carriesFractionsOfAnEvent() throws Exception {
        // When ticks are shorter than one event's time, then they add up instead of being lost.
        PlaybackViewModel model = loaded();
        model.speedProperty().set(2);
        model.play();
        model.tick(0.3);
        assertThat(model.getPosition()).isZero();
        model.tick(0.3);
        assertThat(model.getPosition()).isEqualTo(1);
    }

    @Test
    void play_fromTheEndStartsOver() throws Exception {
        // If play is pressed at the end, then playback starts again from the first event.
        PlaybackViewModel model = loaded();
        model.last();
        model.play();
        assertThat(model.getPosition()).isZero();
        assertThat(model.isPlaying()).isTrue();
    }

    @Test
    void load_keepsThePositionWhenItFits() throws Exception {
        // When a new recording is loaded (the learner edited the scenario), then the position is kept, clamped to its
        // size.
        PlaybackViewModel model = loaded();
        model.seek(3);
        model.load(classic());
        assertThat(model.getPosition()).isEqualTo(3);
        model.load(Reading.of(Recording.of(java.util.List.of())));
        assertThat(model.getPosition()).isZero();
    }

    @Test
    void stepIntents_pausePlayback() throws Exception {
        // If the learner steps while playing, then playback pauses.
        PlaybackViewModel model = loaded();
        model.play();
        model.stepForward();
        assertThat(model.isPlaying()).isFalse();
    }

    @Test
    void fasterAndSlower_stayWithinLimits() throws Exception {
        // When speed is raised or lowered many times, then it stays between the slowest and fastest speeds.
        PlaybackViewModel model = loaded();
        for (int i = 0; i < 40; i++) {
            model.faster();
        }
        assertThat(model.speedProperty().get()).isEqualTo(PlaybackViewModel.MAX_SPEED);
        for (int i = 0; i < 40; i++) {
            model.slower();
        }
        assertThat(model.speedProperty().get()).isEqualTo(PlaybackViewModel.MIN_SPEED);
    }
}
