package deferredsim.gui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.Playhead;
import deferredsim.core.recording.Side;
import org.junit.jupiter.api.Test;

/** The lanes' layout and token places, read from the reading (and the scenario's structure where the run cannot know). */
class LaneIndexTest {
    static final String INNER = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\":"
        + " [[\"defer x\", \"p\"], [\"r after\", \"p\"]], \"fire\": {\"method\": \"callback\", \"value\": \"start\","
        + " \"after\": 0}},{\"name\": \"x\", \"chain\": [], \"fire\": {\"method\": \"callback\", \"value\": \"inner\","
        + " \"after\": 2}}]}";

    @Test
    void innerDeferred_isPlacedRightOfItsOuterLevelWithTheStage() throws Exception {
        // If a stage returns a deferred, then its column sits just right of the outer one, level with that stage.
        LaneIndex index = Runs.json(INNER).lanes();
        Column d = index.column("d");
        Column x = index.column("x");
        assertThat(x.order()).isEqualTo(d.order() + 1);
        assertThat(x.parent()).isEqualTo("d");
        assertThat(x.anchor()).isEqualTo(Column.Anchor.STAGE);
        assertThat(x.rowOffset()).isEqualTo(d.rowOffset() + d.stagesStart());
    }

    @Test
    void branchThatNeverRan_isStillLaidOutFromTheScenario() throws Exception {
        // If an errback returns a deferred but the chain never fails, then that deferred's column is still placed
        // beside the stage (from the scenario's structure), and it is not created.
        Runs.Run run = Runs.json("{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
                + " \"chain\": [[\"r fine\", \"defer y\"]], \"fire\": {\"method\": \"callback\", \"value\": \"v\","
                + " \"after\": 0}},{\"name\": \"y\", \"chain\": []}]}");
        LaneIndex index = run.lanes();
        Column y = index.column("y");
        assertThat(y.parent()).isEqualTo("d");
        assertThat(y.rowOffset()).isEqualTo(index.column("d").stagesStart());
        assertThat(y.state(run.reading().end()).snapshot().exists()).isFalse();
    }

    @Test
    void outer_isWaitingThenResumesWithTheInnersResult() throws Exception {
        // When the outer deferred waits on the inner one, then its token is the held <x> below the stage; after the
        // inner fires it carries the inner's result, and at the end it rests in the result row.
        Runs.Run run = Runs.json(INNER);
        Column d = run.lanes().column("d");
        ColumnState waiting = d.state(Playhead.after(run.beat("d", b -> b instanceof Beat.Waits)));
        assertThat(waiting.token().text()).isEqualTo("<x>");
        assertThat(waiting.token().held()).isTrue();
        assertThat(waiting.token().row()).isEqualTo(d.stagesStart() + 1.0);
        ColumnState resumed = d.state(Playhead.after(run.beat("d", b -> b instanceof Beat.Takes)));
        assertThat(resumed.token().text()).isEqualTo("inner");
        assertThat(resumed.token().held()).isFalse();
        ColumnState end = d.state(run.reading().end());
        assertThat(end.token().text()).isEqualTo("after");
        assertThat(end.token().row()).isEqualTo(d.resultRow() + TokenPlace.RESULT_DROP);
    }

    @Test
    void failingStage_movesTheTokenToTheErrbackLane() throws Exception {
        // When a callback fails, then the token crosses to the errback lane below that stage, carrying the failure.
        Runs.Run run = Runs.json("{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
                + "{\"name\": \"d\", \"chain\": [[\"f bad\", \"p\"], [\"p\", \"r fixed\"]],"
                + " \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\": 0}}]}");
        Column d = run.lanes().column("d");
        Playhead afterFail = Playhead.after(run.beat("d", b -> b instanceof Beat.StageRan));
        assertThat(d.state(afterFail).token().lane()).isEqualTo(Side.ERRBACK);
        assertThat(d.state(afterFail).token().text()).isEqualTo("bad*");
        assertThat(d.stageRun(0, afterFail).side()).isEqualTo(Side.CALLBACK);
        assertThat(d.stageRun(1, afterFail)).isNull();
        assertThat(d.state(run.reading().end()).token().lane()).isEqualTo(Side.CALLBACK);
    }

    @Test
    void listAndGenerator_areDrawnAsWhatTheyAre() throws Exception {
        // If a scenario has a DeferredList and an inline generator, then their columns have member and step rows.
        Runs.Run run = Runs.json(
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"g\", \"inline\": [\"yield L\","
                        + " \"return done\"]},{\"name\": \"L\", \"list\": [\"a\"]},{\"name\": \"a\", \"chain\": [],"
                        + " \"fire\": {\"method\": \"callback\", \"value\": \"one\", \"after\": 1}}]}");
        LaneIndex index = run.lanes();
        Column g = index.column("g");
        assertThat(g.steps()).containsExactly("yield L", "return done");
        assertThat(g.stagesStart()).isEqualTo(3);
        Column list = index.column("L");
        assertThat(list.members()).containsExactly("a");
        assertThat(list.parent()).isEqualTo("g");
        assertThat(list.anchor()).isEqualTo(Column.Anchor.STEP);
        assertThat(index.column("a").parent()).isEqualTo("L");
        assertThat(g.stepResume(0, run.reading().end())).isNotNull();
        assertThat(g.state(run.reading().end()).token().text()).isEqualTo("done");
    }

    @Test
    void hugeChain_isIndexedAndReadAnywhere() throws Exception {
        // When a chain has 100,000 stages, then the index holds every stage and answers reads anywhere (how fast:
        // ViewsBenchmark in the benchmarks module).
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            chain.append(i == 0 ? "" : ", ").append("[\"p\", \"p\"]");
        }
        Runs.Run run = Runs.json("{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": ["
                + chain + "], \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\": 0}}]}");
        LaneIndex index = run.lanes();
        Column d = index.column("d");
        assertThat(d.stages()).hasSize(100_000);
        assertThat(d.stageRun(99_999, run.reading().end())).isNotNull();
        assertThat(d.state(new Playhead(run.reading().size() * 3 / 4)).token().row())
                .isBetween(1.0, 100_001.0);
    }
}
