package deferredsim.gui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Playhead;
import deferredsim.core.recording.Side;
import deferredsim.gui.playback.PlaybackViewModel;
import deferredsim.gui.timeline.TimelineLayout;
import org.junit.jupiter.api.Test;

/** The stories the lanes used to tell wrong, each checked where the learner reads it. */
class LaneStoriesTest {
    /** When an outer deferred waiting on x is cancelled and x's late callback comes, then x's header names the cancel that fired it and tells the late call as swallowed. */
    @Test
    void header_afterCancelWhileWaiting_namesTheCancelNotTheLateCallback() throws Exception {
        Runs.Run run = Runs.corpus("cancel-while-waiting-on-inner");
        Column x = run.lanes().column("x");
        HeaderText header = HeaderText.of(x.state(run.reading().end()).snapshot());

        assertThat(header.firing())
                .isEqualTo("fired CancelledError from cancel()")
                .doesNotContain("inner");
        assertThat(header.firingSide()).isEqualTo(Side.ERRBACK);
        assertThat(header.notes()).contains("x.callback('inner') came late: swallowed");
        assertThat(header.status())
                .isEqualTo(run.reading().deferred("x", run.reading().end()).status());
    }

    /** If a deferred is fired with errback, then its header's firing line is drawn on the errback side, not green over the callback lane. */
    @Test
    void header_errbackFiring_isOnTheErrbackSide() throws Exception {
        Runs.Run run = Runs.json("{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
                + " \"chain\": [[\"p\", \"r fixed\"]], \"fire\": {\"method\": \"errback\", \"value\": \"boom\","
                + " \"after\": 0}}]}");
        Playhead fired = Playhead.after(run.beat("d", b -> b instanceof Beat.Fired));
        HeaderText header = HeaderText.of(run.lanes().column("d").state(fired).snapshot());

        assertThat(header.firingSide()).isEqualTo(Side.ERRBACK);
        assertThat(header.firing()).contains("d.errback(Exception('boom'))");
    }

    /** When the run has ended, then the summary says the inner deferred fired holding None (handed on), never that it is running. */
    @Test
    void summary_atTheEnd_saysTheInnerFiredNotRunning() throws Exception {
        Runs.Run run = Runs.corpus("inner-deferred-fires-later");
        PlaybackViewModel playback = new PlaybackViewModel();
        LanesViewModel lanes = new LanesViewModel(playback);
        playback.load(run.reading());
        lanes.load(run.scenario(), run.reading());
        playback.last();

        assertThat(lanes.getSummary()).contains("x: fired: None (handed to d)").doesNotContain("running");
        assertThat(lanes.headerText("x")).isEqualTo("fired: None (handed to d)");
    }

    /** When a generator stops at a yield, then its header says its generator waits, and the step row is marked as stopped there. */
    @Test
    void generatorAtAYield_isShownWaitingThere() throws Exception {
        Runs.Run run = Runs.corpus("inline-yield-later");
        Playhead suspended = Playhead.after(run.beat("g", b -> b instanceof Beat.Suspended));
        DeferredSnapshot g = run.lanes().column("g").state(suspended).snapshot();

        assertThat(HeaderText.of(g).status()).isEqualTo("pending: generator waits for a");
        assertThat(g.generator().phase()).isEqualTo(DeferredSnapshot.GeneratorPhase.SUSPENDED);
        assertThat(g.generator().step()).isZero();
    }

    /** When an inner deferred's success resumes the outer chain, then the handed-back arrow points into the callback lane; a failure, into the errback lane. */
    @Test
    void handBack_pointsIntoTheLaneOfTheResultsSide() throws Exception {
        Runs.Run success = Runs.corpus("inner-deferred-fires-later");
        LaneIndex lanes = success.lanes();
        Column x = lanes.column("x");
        HandBack back = HandBack.of(lanes, x, x.state(success.reading().end()).snapshot());
        assertThat(back.side()).isEqualTo(Side.CALLBACK);
        assertThat(back.taker()).isEqualTo("d");
        assertThat(back.row()).isEqualTo(lanes.column("d").stagesStart() + 1.0);

        Runs.Run failure = Runs.json("{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
                + " \"chain\": [[\"defer x\", \"p\"], [\"p\", \"r fixed\"]], \"fire\": {\"method\": \"callback\","
                + " \"value\": \"start\", \"after\": 0}},{\"name\": \"x\", \"chain\": [], \"fire\": {\"method\":"
                + " \"errback\", \"value\": \"boom\", \"after\": 2}}]}");
        LaneIndex failed = failure.lanes();
        Column fx = failed.column("x");
        assertThat(HandBack.of(failed, fx, fx.state(failure.reading().end()).snapshot())
                        .side())
                .isEqualTo(Side.ERRBACK);
    }

    /** When a step runs a stage, then the gliding token carries what the stage got until it is in the box, and the output only after. */
    @Test
    void tokenGlide_showsTheOutputOnlyAfterTheStageRan() throws Exception {
        Runs.Run run = Runs.json("{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
                + " \"chain\": [[\"r good\", \"p\"]], \"fire\": {\"method\": \"callback\", \"value\": \"initial\","
                + " \"after\": 0}}]}");
        Column d = run.lanes().column("d");
        int ran = run.beat("d", b -> b instanceof Beat.StageRan);
        TokenPlace before = d.state(Playhead.before(ran)).token();
        TokenPlace after = d.state(Playhead.after(ran)).token();
        DeferredSnapshot.StageRun stage = d.runAt(ran);

        TokenMotion early = TokenMotion.between(d, before, after, stage, 0.3);
        TokenMotion late = TokenMotion.between(d, before, after, stage, 0.8);
        assertThat(before.text()).isEqualTo("initial");
        assertThat(early.text()).isEqualTo("initial");
        assertThat(early.row()).isBetween(before.row(), d.stagesStart() + 0.5);
        assertThat(late.text()).isEqualTo("good");
        assertThat(late.row()).isGreaterThan(d.stagesStart() + 0.5);
    }

    /** When a waiting generator is cancelled, then Twisted's internal deferred is a column named for what it is, beside its generator, and no row or track has a primed name. */
    @Test
    void internalDeferred_isNamedForWhatItIs() throws Exception {
        Runs.Run run = Runs.corpus("inline-cancel-while-waiting");
        LaneIndex lanes = run.lanes();

        Column internal = lanes.column("g's internal wait");
        assertThat(internal).isNotNull();
        assertThat(internal.parent()).isEqualTo("g");
        assertThat(internal.anchor()).isEqualTo(Column.Anchor.BESIDE);
        assertThat(lanes.columns()).extracting(Column::name).noneMatch(name -> name.endsWith("'"));
        assertThat(TimelineLayout.of(run.reading()).trackNames()).noneMatch(name -> name.endsWith("'"));
    }
}
