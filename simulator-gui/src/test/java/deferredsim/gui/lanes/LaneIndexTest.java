package deferredsim.gui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.Side;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

class LaneIndexTest {
    private static final String INNER = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
        + " \"chain\": [[\"defer x\", \"p\"], [\"r after\", \"p\"]], \"fire\": {\"method\": \"callback\", \"value\":"
        + " \"start\", \"after\": 0}},{\"name\": \"x\", \"chain\": [], \"fire\": {\"method\": \"callback\", \"value\":"
        + " \"inner\", \"after\": 2}}]}";

    private static int indexOf(Recording r, Class<? extends SimEvent> type) {
        for (int i = 0; i < r.size(); i++) {
            if (type.isInstance(r.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    @Test
    void innerDeferred_isPlacedRightOfItsOuterLevelWithTheStage() throws Exception {
        // If a stage returns a deferred, then its column sits just right of the outer one, level with that stage.
        Scenario s = ScenarioReader.read(INNER);
        LaneIndex index = LaneIndex.of(s, Simulation.run(s));
        Column d = index.column("d");
        Column x = index.column("x");
        assertThat(x.order()).isEqualTo(d.order() + 1);
        assertThat(x.parent()).isEqualTo("d");
        assertThat(x.rowOffset()).isEqualTo(d.rowOffset() + d.stagesStart());
    }

    @Test
    void outer_isWaitingThenResumesWithTheInnersResult() throws Exception {
        // When the outer deferred waits on the inner one, then it shows as waiting; after the inner fires it carries
        // the inner's result.
        Scenario s = ScenarioReader.read(INNER);
        Recording r = Simulation.run(s);
        LaneIndex index = LaneIndex.of(s, r);
        Column d = index.column("d");
        ColumnState waiting = d.history().at(indexOf(r, SimEvent.WaitingOn.class) + 1);
        assertThat(waiting.status()).isEqualTo(ColumnStatus.WAITING);
        assertThat(waiting.waitingOn()).isEqualTo("x");
        assertThat(waiting.tokenText()).isEqualTo("<x>");
        int taken = indexOf(r, SimEvent.ResultTaken.class) + 1;
        ColumnState resumed = d.history().at(taken);
        assertThat(resumed.status()).isEqualTo(ColumnStatus.RUNNING);
        assertThat(resumed.tokenText()).isEqualTo("inner");
        assertThat(index.column("x").history().at(taken).handedOn()).isEqualTo("d");
        ColumnState end = d.history().at(r.size());
        assertThat(end.status()).isEqualTo(ColumnStatus.SETTLED);
        assertThat(end.tokenText()).isEqualTo("after");
        assertThat(end.tokenRow()).isEqualTo(d.resultRow() + ColumnHistory.RESULT_DROP);
    }

    @Test
    void stepping_backAndForward_giveTheSameStates() throws Exception {
        // If a state is read at a position, then reading later positions and coming back gives the same state.
        Scenario s = ScenarioReader.read(INNER);
        Recording r = Simulation.run(s);
        Column d = LaneIndex.of(s, r).column("d");
        ColumnState at5 = d.history().at(5);
        d.history().at(r.size());
        assertThat(d.history().at(5)).isEqualTo(at5);
        assertThat(d.history().at(0).status()).isEqualTo(ColumnStatus.NOT_CREATED);
    }

    @Test
    void failingStage_movesTheTokenToTheErrbackLane() throws Exception {
        // When a callback fails, then the token crosses to the errback lane below that stage, carrying the failure.
        Scenario s = ScenarioReader.read("{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
                + "{\"name\": \"d\", \"chain\": [[\"f bad\", \"p\"], [\"p\", \"r fixed\"]],"
                + " \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\": 0}}]}");
        Recording r = Simulation.run(s);
        Column d = LaneIndex.of(s, r).column("d");
        int firstRun = indexOf(r, SimEvent.StageRan.class) + 1;
        ColumnState afterFail = d.history().at(firstRun);
        assertThat(afterFail.tokenLane()).isEqualTo(Side.ERRBACK);
        assertThat(afterFail.tokenText()).isEqualTo("bad*");
        assertThat(d.stageRun(0, firstRun).side()).isEqualTo(Side.CALLBACK);
        assertThat(d.stageRun(1, firstRun)).isNull();
        assertThat(d.history().at(r.size()).tokenLane()).isEqualTo(Side.CALLBACK);
    }

    @Test
    void listAndGenerator_areDrawnAsWhatTheyAre() throws Exception {
        // If a scenario has a DeferredList and an inline generator, then their columns have member and step rows.
        Scenario s = ScenarioReader.read(
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"g\", \"inline\": [\"yield L\","
                        + " \"return done\"]},{\"name\": \"L\", \"list\": [\"a\"]},{\"name\": \"a\", \"chain\": [],"
                        + " \"fire\": {\"method\": \"callback\", \"value\": \"one\", \"after\": 1}}]}");
        Recording r = Simulation.run(s);
        LaneIndex index = LaneIndex.of(s, r);
        Column g = index.column("g");
        assertThat(g.steps()).containsExactly("yield L", "return done");
        assertThat(g.stagesStart()).isEqualTo(3);
        Column list = index.column("L");
        assertThat(list.members()).containsExactly("a");
        assertThat(list.parent()).isEqualTo("g");
        assertThat(index.column("a").parent()).isEqualTo("L");
        assertThat(g.stepResume(0, r.size())).isNotNull();
        assertThat(g.history().at(r.size()).tokenText()).isEqualTo("done");
    }

    @Test
    void hugeChain_isIndexedAndReadAnywhere() throws Exception {
        // When a chain has 100,000 stages, then the index holds every stage and answers reads anywhere (how fast:
        // ViewsBenchmark in the benchmarks module).
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            chain.append(i == 0 ? "" : ", ").append("[\"p\", \"p\"]");
        }
        Scenario s = ScenarioReader.read(
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [" + chain
                        + "], \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\": 0}}]}");
        Recording r = Simulation.run(s);
        LaneIndex index = LaneIndex.of(s, r);
        Column d = index.column("d");
        assertThat(d.stages()).hasSize(100_000);
        assertThat(d.stageRun(99_999, r.size())).isNotNull();
        assertThat(d.history().at(r.size() / 2).tokenRow()).isBetween(1.0, 100_001.0);
    }
}
