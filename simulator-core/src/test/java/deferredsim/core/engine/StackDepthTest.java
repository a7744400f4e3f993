package deferredsim.core.engine;

import static deferredsim.core.testing.DeferredAssertions.assertSucceededWith;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.StageSpec;
import deferredsim.core.time.Time;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Chains and chained deferreds run in a loop: these tests run huge ones on a thread whose stack
 * is far too small for recursion, so any recursion shows as a StackOverflowError.
 */
class StackDepthTest {
    private static final long SMALL_STACK = 256 * 1024;

    /** When a 1,000,000-stage chain mixing return, raise and passthru fires, every stage runs in constant stack. */
    @Test
    void run_millionStageChainNeedsNoDeepStack() throws Exception {
        int stages = 1_000_000;
        List<PairSpec> chain = new ArrayList<>(stages);
        for (int i = 0; i < stages; i++) {
            chain.add(mixedPair(i));
        }
        Scenario scenario = Scenario.of(
                List.of(new DeferredSpec.Plain(
                        "d", chain, Optional.of(new FireSpec(FireMethod.CALLBACK, "go", Time.ZERO)), Optional.empty())),
                List.of());
        Recording recording = onSmallStack(() -> Simulation.runOnThisThread(scenario));
        long ran = recording.events().stream()
                .filter(SimEvent.StageRan.class::isInstance)
                .count();
        assertThat(ran).isEqualTo(stages);
        assertThat(recording.outcomes().get(0).state()).isEqualTo(DeferredState.FIRED);
    }

    /** When 100,000 deferreds each wait on the next and the innermost fires, the results travel out in constant stack. */
    @Test
    void run_hundredThousandNestedInnerDeferredsNeedNoDeepStack() throws Exception {
        int depth = 100_000;
        List<DeferredSpec> deferreds = new ArrayList<>(depth + 1);
        for (int i = 0; i <= depth; i++) {
            List<PairSpec> chain = i < depth
                    ? List.of(new PairSpec(new StageSpec.Defer("x" + (i + 1)), StageSpec.passthru()))
                    : List.of();
            deferreds.add(new DeferredSpec.Plain(
                    "x" + i,
                    chain,
                    Optional.of(new FireSpec(FireMethod.CALLBACK, "v" + i, Time.ofSeconds(1))),
                    Optional.empty()));
        }
        Scenario scenario = Scenario.of(deferreds, List.of());
        Recording recording = onSmallStack(() -> Simulation.runOnThisThread(scenario));
        SimEvent.Outcome outer = recording.outcomes().get(0);
        assertThat(outer.state()).isEqualTo(DeferredState.FIRED);
        assertThat(outer.value()).isEqualTo(Value.text("v" + depth));
        assertThat(outer.time()).isEqualTo(Time.ofSeconds(depth + 1));
    }

    /** When 100,000 plain deferreds are chained through the API and the innermost fires, the outermost gets its value. */
    @Test
    void callback_deepChainingThroughTheApiNeedsNoDeepStack() throws Exception {
        int depth = 100_000;
        Deferred[] ds = new Deferred[depth + 1];
        for (int i = depth; i >= 0; i--) {
            ds[i] = Deferred.create("d" + i);
        }
        Deferred result = onSmallStack(() -> {
            for (int i = 0; i < depth; i++) {
                Deferred next = ds[i + 1];
                ds[i].addCallback(in -> next);
            }
            for (int i = 0; i < depth; i++) {
                ds[i].callback(Value.text("start"));
            }
            ds[depth].callback(Value.text("deep"));
            ds[0].cancel();
            return ds[0];
        });
        assertSucceededWith(result, "deep");
    }

    /** When 20,000 inner deferreds are each fired as they are created, Simulation.run's own thread has the stack for it. */
    @Test
    void run_nestedAlreadyFiredInnerDeferredsComplete() throws Exception {
        int depth = 20_000;
        List<DeferredSpec> deferreds = new ArrayList<>(depth + 1);
        for (int i = 0; i <= depth; i++) {
            List<PairSpec> chain = i < depth
                    ? List.of(new PairSpec(new StageSpec.Defer("x" + (i + 1)), StageSpec.passthru()))
                    : List.of(new PairSpec(new StageSpec.Return("bottom"), StageSpec.passthru()));
            deferreds.add(new DeferredSpec.Plain(
                    "x" + i, chain, Optional.of(new FireSpec(FireMethod.CALLBACK, "v", Time.ZERO)), Optional.empty()));
        }
        Recording recording = Simulation.run(Scenario.of(deferreds, List.of()));
        assertThat(recording.outcomes().get(0).value()).isEqualTo(Value.text("bottom"));
    }

    private static PairSpec mixedPair(int i) {
        switch (i % 3) {
            case 0:
                return new PairSpec(new StageSpec.Return("ok" + (i % 7)), StageSpec.passthru());
            case 1:
                return new PairSpec(new StageSpec.Fail("bad"), new StageSpec.Return("fixed"));
            default:
                return new PairSpec(StageSpec.passthru(), new StageSpec.Fail("again"));
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T onSmallStack(Work<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        result.set(work.run());
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                },
                "small-stack",
                SMALL_STACK);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError("failed on a " + SMALL_STACK / 1024 + " KiB stack", failure.get());
        }
        return result.get();
    }
}
