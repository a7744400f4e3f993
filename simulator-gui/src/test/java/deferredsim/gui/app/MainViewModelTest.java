package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainViewModelTest {
    @Test
    void aValidScenario_isSimulatedOnceAndShownEverywhere() {
        // If the classic scenario is loaded, then playback, lanes and timeline all show its recording.
        MainViewModel model = new MainViewModel();
        model.document().newDocument(Examples.classic());
        assertThat(model.playback().getSize()).isGreaterThan(0);
        assertThat(model.timeline().getLayout().size())
                .isEqualTo(model.playback().getSize());
        assertThat(model.lanes().getIndex().column("d")).isNotNull();
        model.playback().last();
        assertThat(model.lanes().getSummary()).isEqualTo("d: fired: fixed");
        assertThat(model.trace()).contains("\"event\":\"result\"");
    }

    @Test
    void anInvalidEdit_keepsTheLastRunAndSaysItIsStale() {
        // When the learner breaks the scenario, then the last valid recording stays on show and the model says it is
        // stale.
        MainViewModel model = new MainViewModel();
        model.document().newDocument(Examples.classic());
        int size = model.playback().getSize();
        model.editor()
                .getDeferreds()
                .get(0)
                .getPairs()
                .get(0)
                .callbackProperty()
                .set("???");
        assertThat(model.staleProperty().get()).isTrue();
        assertThat(model.playback().getSize()).isEqualTo(size);
    }

    @Test
    void compare_runsTheOtherFiringThroughTheEngine() {
        // If compare is on, then the other lanes show the chain fired by errback, following the main position.
        MainViewModel model = new MainViewModel();
        model.document().newDocument(Examples.classic());
        model.compareProperty().set(true);
        assertThat(model.compareTitleProperty().get()).contains("d.errback(Exception('initial'))");
        model.playback().last();
        assertThat(model.compareLanes().getSummary()).startsWith("d: fired: ");
        assertThat(model.mainTitleProperty().get()).isEqualTo("d.callback('initial')");
    }

    @Test
    void zoom_isClamped() {
        // When zooming far in or out, then the zoom stays within its limits.
        MainViewModel model = new MainViewModel();
        for (int i = 0; i < 30; i++) {
            model.zoomIn();
        }
        assertThat(model.getZoom()).isEqualTo(MainViewModel.MAX_ZOOM);
        model.zoomReset();
        assertThat(model.getZoom()).isEqualTo(1.0);
    }
}
