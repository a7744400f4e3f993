package deferredsim.cli.classic;

import static deferredsim.cli.classic.Steps.bad;
import static deferredsim.cli.classic.Steps.callback;
import static deferredsim.cli.classic.Steps.errback;
import static deferredsim.cli.classic.Steps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.time.Time;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ClassicSimulationTest {
    private static final List<PairSpec> R_GOOD_F_BAD =
            List.of(new PairSpec(new MemberSpec.Return("good"), new MemberSpec.Fail("bad")));

    // When a hand-built recording fires d with errback, then the firing starts with a failure and keeps d's steps only.
    @Test
    void firingOf_handBuiltRecording_takesFireStepsAndOutcomeOfThatDeferred() {
        DeferredSnapshot.StageRun mine = errback(0, bad("initial"), ok("fine"));
        Recording recording = Recording.of(List.of(
                new SimEvent.Fired(Time.ZERO, "d", FireMethod.ERRBACK, "initial"),
                new SimEvent.StageRan(Time.ZERO, "other", 0, mine.side(), mine.in(), mine.out(), null),
                new SimEvent.StageRan(Time.ZERO, "d", 0, mine.side(), mine.in(), mine.out(), null),
                new SimEvent.Outcome(Time.ZERO, "d", DeferredState.FIRED, ok("fine"), false)));

        assertThat(ClassicSimulation.firingOf(recording, "d"))
                .isEqualTo(new Firing(
                        bad("initial"),
                        List.of(new DeferredSnapshot.StageRun(2, 0, mine.side(), mine.in(), mine.out(), null)),
                        ok("fine")));
    }

    // If the recording never fires the deferred, then IllegalArgumentException is thrown.
    @Test
    void firingOf_neverFired_throws() {
        Recording recording =
                Recording.of(List.of(new SimEvent.Outcome(Time.ZERO, "d", DeferredState.PENDING, null, false)));

        assertThatThrownBy(() -> ClassicSimulation.firingOf(recording, "d"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // When 'r good f bad' is simulated, then the engine's callback run returns good and its errback run fails with bad.
    @Test
    void simulate_rGoodFBad_recordsBothFiringsFromTheEngine() {
        ClassicSnapshot snapshot = ClassicSimulation.simulate(R_GOOD_F_BAD);

        assertThat(snapshot.callbackFiring().steps())
                .extracting(DeferredSnapshot.StageRun::side, DeferredSnapshot.StageRun::out)
                .containsExactly(
                        Tuple.tuple(callback(0, ok("initial"), ok("good")).side(), ok("good")));
        assertThat(snapshot.callbackFiring().result()).isEqualTo(ok("good"));
        assertThat(snapshot.errbackFiring().initial()).isEqualTo(bad("initial"));
        assertThat(snapshot.errbackFiring().result()).isEqualTo(bad("bad"));
    }

    // If a pair holds a defer stage, then simulate refuses it, since the classic diagram cannot draw one.
    @Test
    void simulate_deferStage_throws() {
        List<PairSpec> pairs = List.of(new PairSpec(new MemberSpec.Defer("x"), MemberSpec.passthru()));

        assertThatThrownBy(() -> ClassicSimulation.simulate(pairs)).isInstanceOf(IllegalArgumentException.class);
    }

    // If there are no pairs, then simulate throws IllegalArgumentException.
    @Test
    void simulate_noPairs_throws() {
        assertThatThrownBy(() -> ClassicSimulation.simulate(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
