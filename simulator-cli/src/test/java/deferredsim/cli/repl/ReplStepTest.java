package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplStepTest {
    @TempDir
    Path home;

    /** When stepping forward twice and back once, the frames follow the events, each with its sentence. */
    @Test
    void step_nextAndBackMoveOneEventAtATime() {
        String screen = ReplSession.type(home, "r good f bad\nstep\nnnbq");
        assertThat(screen).contains("# d.callback(initial)", "event 1 of", "event 2 of", "n/→ next");
        assertThat(screen.lastIndexOf("event 1 of")).isGreaterThan(screen.indexOf("event 2 of"));
    }

    /** When 'step errback' is asked for a chain without its own firing, the errback firing is stepped. */
    @Test
    void stepErrback_followsTheErrbackFiring() {
        String screen = ReplSession.type(home, "r good f bad\nstep errback\nlq");
        assertThat(screen).contains("# d.errback(initial*)");
    }

    /** When an inner deferred is in the scenario, Enter draws the full diagram with the outer waiting on it. */
    @Test
    void show_drawsTheFullDiagramForInnerDeferreds() {
        String screen =
                ReplSession.type(home, "d x p\nr after p\nfire callback start\nuse x\nfire callback inner after 2\n\n");
        assertThat(screen).contains("x = Deferred()", "waiting for x", "fired: after");
    }

    /** When the timeline is asked for, the events are listed under their times. */
    @Test
    void timeline_listsEventsByTime() {
        String screen =
                ReplSession.type(home, "d x p\nfire callback start\nuse x\nfire callback inner after 2\ntimeline\n");
        assertThat(screen).contains("t=0", "t=2", "x: callback('inner')", "d: takes inner from x");
    }

    /** When a scenario fires d by an action, then it is shown as the scenario fires it, not fired twice more by the view. */
    @Test
    void open_deferredFiredByAnAction_showsTheScenariosOwnRun() {
        String screen = ReplSession.type(home, "lesson 14\nopen double-pause\n");
        assertThat(screen).contains("# the run, as the scenario fires it").doesNotContain("AlreadyCalledError");
    }

    /** When the learner asks lesson 14's double pause to be explained, then the first unpause leaves d paused. */
    @Test
    void explain_doublePauseAfterFirstUnpause_saysStillPaused() {
        String screen = ReplSession.type(home, "lesson 14\nopen double-pause\nexplain\n");
        assertThat(screen).contains("pause count 1, so d is still paused");
    }
}
