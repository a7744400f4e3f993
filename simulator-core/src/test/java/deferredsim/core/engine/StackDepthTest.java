package deferredsim.core.engine;

import static deferredsim.core.testing.DeferredAssertions.assertSucceededWith;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.TraceCorpus;
import deferredsim.core.time.Time;
import deferredsim.core.trace.TraceWriter;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Chains, chained deferreds and every kind of nesting run in a loop or on the engine's own frames:
 * these tests run huge ones on a thread whose stack is far too small for recursion, so any
 * recursion shows as a StackOverflowError.
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
                    ? List.of(new PairSpec(new MemberSpec.Defer("x" + (i + 1)), MemberSpec.passthru()))
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

    /** When 20,000 inner deferreds are each fired as they are created inside a stage, the nesting needs no deep stack. */
    @Test
    void run_nestedAlreadyFiredInnerDeferredsNeedNoDeepStack() throws Exception {
        int depth = 20_000;
        List<DeferredSpec> deferreds = new ArrayList<>(depth + 1);
        for (int i = 0; i <= depth; i++) {
            List<PairSpec> chain = i < depth
                    ? List.of(new PairSpec(new MemberSpec.Defer("x" + (i + 1)), MemberSpec.passthru()))
                    : List.of(new PairSpec(new MemberSpec.Return("bottom"), MemberSpec.passthru()));
            deferreds.add(new DeferredSpec.Plain(
                    "x" + i, chain, Optional.of(new FireSpec(FireMethod.CALLBACK, "v", Time.ZERO)), Optional.empty()));
        }
        Scenario scenario = Scenario.of(deferreds, List.of());
        Recording recording = onSmallStack(() -> Simulation.run(scenario));
        assertThat(recording.outcomes().get(0).value()).isEqualTo(Value.text("bottom"));
    }

    /** When the 0.6 MB file of DeferredLists nested 15,000 deep is read, run and traced, no step needs a deep stack. */
    @Test
    void trace_listsNestedFifteenThousandDeepNeedNoDeepStack() throws Exception {
        Path file = TraceCorpus.resourceDirectory("/runaway").resolve("nested-lists-15000.json");
        List<String> trace = onSmallStack(() -> TraceWriter.lines(Simulation.run(ScenarioReader.read(file))));
        assertThat(trace).hasSize(15_001).allMatch(line -> line.contains("\"state\":\"pending\""));
    }

    /** When the innermost of lists nested 5,000 deep fires, each list fires the one around it with no deep stack. */
    @Test
    void run_nestedListsFireOutwardsNeedNoDeepStack() throws Exception {
        int depth = 5_000;
        Recording recording = onSmallStack(() -> Simulation.run(nestedLists(depth, List.of())));
        SimEvent.Outcome outer = recording.outcomes().get(0);
        assertThat(outer.state()).isEqualTo(DeferredState.FIRED);
        String rendered = onSmallStack(() -> outer.value().render());
        assertThat(rendered).startsWith("[(True, [(True, ").endsWith("v" + ")]".repeat(depth));
        assertThat(rendered).hasSize(depth * "[(True, ])".length() + 1);
    }

    /** When the outermost of lists nested 5,000 deep is cancelled, the cancellation reaches the innermost with no deep stack. */
    @Test
    void cancel_nestedListsReachTheInnermostWithNoDeepStack() throws Exception {
        int depth = 5_000;
        Recording recording = onSmallStack(() ->
                Simulation.run(nestedLists(depth, List.of(new Action.Cancel(Time.ofSeconds(1), "l0")))));
        List<SimEvent.Outcome> outcomes = recording.outcomes();
        assertThat(outcomes.get(depth).value()).isEqualTo(Failure.cancelled());
        assertThat(outcomes.get(depth - 1).value().render()).isEqualTo("[(False, CancelledError*)]");
        assertThat(outcomes.get(0).state()).isEqualTo(DeferredState.FIRED);
    }

    /**
     * When generators nested 15,000 deep each wait on the next, the innermost's result travels out, and a cancel of the
     * outermost travels in and back out, with no deep stack.
     */
    @Test
    void run_nestedGeneratorsNeedNoDeepStack() throws Exception {
        int depth = 15_000;
        Recording fired = onSmallStack(() -> Simulation.run(nestedGenerators(depth, List.of())));
        assertThat(fired.outcomes().get(0).value()).isEqualTo(Value.text("r0"));
        assertThat(fired.events())
                .filteredOn(SimEvent.GeneratorResumed.class::isInstance)
                .hasSize(depth);

        Recording cancelled = onSmallStack(() ->
                Simulation.run(nestedGenerators(depth, List.of(new Action.Cancel(Time.ofSeconds(1), "g0")))));
        assertThat(cancelled.events())
                .filteredOn(SimEvent.GeneratorResumed.class::isInstance)
                .hasSize(depth);
        assertThat(cancelled.outcomes().get(depth).value()).isEqualTo(Value.NONE);
        assertThat(cancelled.outcomes().get(0).value()).isEqualTo(Failure.cancelled());
    }

    /** When lists, generators and defer stages nest in turn 6,000 deep and everything fires at creation, no deep stack is needed. */
    @Test
    void run_mixedNestingFiredAtCreationNeedsNoDeepStack() throws Exception {
        int depth = 6_000;
        List<DeferredSpec> deferreds = new ArrayList<>(depth + 1);
        for (int i = 0; i < depth; i++) {
            String next = "n" + (i + 1);
            deferreds.add(
                    switch (i % 3) {
                        case 0 -> new DeferredSpec.ListOf("n" + i, List.of(next), ListOptions.GATHER, List.of());
                        case 1 ->
                            new DeferredSpec.Inline("n" + i, List.of(new InlineStep.Yield(next, false)), List.of());
                        default ->
                            new DeferredSpec.Plain(
                                    "n" + i,
                                    List.of(new PairSpec(new MemberSpec.Defer(next), MemberSpec.passthru())),
                                    Optional.of(new FireSpec(FireMethod.CALLBACK, "go", Time.ZERO)),
                                    Optional.empty());
                    });
        }
        deferreds.add(new DeferredSpec.Plain(
                "n" + depth,
                List.of(),
                Optional.of(new FireSpec(FireMethod.CALLBACK, "v", Time.ZERO)),
                Optional.empty()));
        Scenario scenario = Scenario.of(deferreds, List.of());
        Recording recording = onSmallStack(() -> Simulation.run(scenario));
        assertThat(recording.outcomes()).allMatch(o -> o.state() == DeferredState.FIRED);
        assertThat(recording.outcomes().get(0).time()).isEqualTo(Time.ZERO);
    }

    /** Lists l0 … l{depth-1}, each with the next as its only member; the innermost plain one fires at 1. */
    private static Scenario nestedLists(int depth, List<Action> actions) throws Exception {
        List<DeferredSpec> deferreds = new ArrayList<>(depth + 1);
        for (int i = 0; i < depth; i++) {
            deferreds.add(new DeferredSpec.ListOf("l" + i, List.of("l" + (i + 1)), ListOptions.PLAIN, List.of()));
        }
        Optional<FireSpec> fire = actions.isEmpty()
                ? Optional.of(new FireSpec(FireMethod.CALLBACK, "v", Time.ofSeconds(1)))
                : Optional.empty();
        deferreds.add(new DeferredSpec.Plain("l" + depth, List.of(), fire, Optional.empty()));
        return Scenario.of(deferreds, actions);
    }

    /** Generators g0 … g{depth-1}, each yielding the next and returning r{i}; the innermost plain one fires at 2. */
    private static Scenario nestedGenerators(int depth, List<Action> actions) throws Exception {
        List<DeferredSpec> deferreds = new ArrayList<>(depth + 1);
        for (int i = 0; i < depth; i++) {
            deferreds.add(new DeferredSpec.Inline(
                    "g" + i,
                    List.of(new InlineStep.Yield("g" + (i + 1), false), new InlineStep.Return("r" + i)),
                    List.of()));
        }
        deferreds.add(new DeferredSpec.Plain(
                "g" + depth,
                List.of(),
                Optional.of(new FireSpec(FireMethod.CALLBACK, "v", Time.ofSeconds(2))),
                Optional.empty()));
        return Scenario.of(deferreds, actions);
    }

    private static PairSpec mixedPair(int i) {
        switch (i % 3) {
            case 0:
                return new PairSpec(new MemberSpec.Return("ok" + (i % 7)), MemberSpec.passthru());
            case 1:
                return new PairSpec(new MemberSpec.Fail("bad"), new MemberSpec.Return("fixed"));
            default:
                return new PairSpec(MemberSpec.passthru(), new MemberSpec.Fail("again"));
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
