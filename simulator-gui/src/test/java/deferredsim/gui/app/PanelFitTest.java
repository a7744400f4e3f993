package deferredsim.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which panels fit beside the lanes: the window folds a panel instead of crushing its fields. */
class PanelFitTest {
    @Test
    void wideWindow_showsBothPanels() {
        // If the window is 1280 px wide at 100 %, then the editor and the lessons panel both fit beside the lanes.
        assertThat(PanelFit.of(1280, 1, true, true, true)).isEqualTo(new PanelFit(true, true));
    }

    @Test
    void narrowWindow_foldsThePanelAskedForFirst() {
        // When the window is 1000 px wide and the learner opened the lessons last, then the editor folds into its rail;
        // when the editor was asked for last, the lessons fold instead.
        assertThat(PanelFit.of(1000, 1, true, true, true)).isEqualTo(new PanelFit(false, true));
        assertThat(PanelFit.of(1000, 1, true, true, false)).isEqualTo(new PanelFit(true, false));
    }

    @Test
    void bigZoom_needsMoreRoom() {
        // If the zoom makes every panel half as wide again, then a 1280 px window holds only one panel beside the
        // lanes.
        PanelFit fit = PanelFit.of(1280, 1.5, true, true, true);
        assertThat(fit.editor() && fit.lessons()).isFalse();
        assertThat(fit.lessons()).isTrue();
    }

    @Test
    void tinyWindow_keepsTheLanesAlone() {
        // When the window is narrower than the editor and the lanes together, then the editor folds away.
        assertThat(PanelFit.of(700, 1, true, false, false)).isEqualTo(new PanelFit(false, false));
    }
}
