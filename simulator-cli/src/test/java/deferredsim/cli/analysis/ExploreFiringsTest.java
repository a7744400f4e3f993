package deferredsim.cli.analysis;

import static deferredsim.cli.analysis.Chains.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import deferredsim.cli.analysis.Exploration.Choice;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.recording.Side;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ExploreFiringsTest {
    private static final List<PairSpec> BOOK = chain("r a", "f b", "f c", "r d", "p", "p");

    // When a chain of n stages is explored, then each firing counts 2^n combinations, all of them on some path.
    @Test
    void explore_countsTwoToTheStagesCombinationsPerFiring() {
        Exploration exploration = ExploreFirings.explore(BOOK);

        for (Exploration.Firing firing : exploration.firings()) {
            assertThat(firing.combinations()).isEqualTo(8);
            assertThat(firing.paths().stream()
                            .mapToInt(Exploration.Path::combinations)
                            .sum())
                    .isEqualTo(8);
        }
    }

    // When the callback firing of r a|f b, f c|r d, p|p is explored, then it has four paths with six endings,
    // all-returns first.
    @Test
    void explore_groupsTheCallbackFiringByPathThenResult() {
        Exploration.Firing firing = ExploreFirings.explore(BOOK).callback();

        assertThat(firing.paths())
                .extracting(ExploreFiringsTest::sides)
                .containsExactly("cb cb cb", "cb cb eb", "cb eb cb", "cb eb eb");
        assertThat(firing.paths().get(0).endings())
                .extracting(Exploration.Ending::result, Exploration.Ending::unhandled, Exploration.Ending::combinations)
                .containsExactly(tuple(Value.text("c"), false, 1), tuple(Failure.raised("c"), true, 1));
        assertThat(firing.paths().get(1).endings()).singleElement().satisfies(ending -> {
            assertThat(ending.result()).isEqualTo(Failure.raised("c"));
            assertThat(ending.combinations()).isEqualTo(2);
            assertThat(ending.example().choices()).containsExactly(Choice.RETURNS, Choice.RAISES, Choice.RETURNS);
        });
        assertThat(firing.endings()).isEqualTo(6);
    }

    // When the errback firing is explored, then it starts on the errback line with initial*.
    @Test
    void explore_startsTheErrbackFiringWithTheInitialFailure() {
        Exploration.Firing firing = ExploreFirings.explore(BOOK).errback();

        assertThat(firing.initial()).isEqualTo(Failure.raised("initial"));
        assertThat(firing.paths())
                .extracting(ExploreFiringsTest::sides)
                .containsExactly("eb cb cb", "eb cb eb", "eb eb cb", "eb eb eb");
    }

    // If a callback passthru raises, then it raises its own input; if it returns, it passes the input on.
    @Test
    void explore_letsACallbackPassthruReturnOrRaiseItsInput() {
        Exploration.Firing firing =
                ExploreFirings.explore(chain("p", "p"), "start").callback();

        assertThat(firing.paths())
                .singleElement()
                .satisfies(path -> assertThat(path.endings())
                        .extracting(Exploration.Ending::result)
                        .containsExactly(Value.text("start"), Failure.raised("start")));
    }

    // If an errback passthru runs, then both its combinations keep the failure, so they share one ending.
    @Test
    void explore_countsBothCombinationsOfAnErrbackPassthruAsOneEnding() {
        Exploration.Firing firing = ExploreFirings.explore(chain("p", "p")).errback();

        assertThat(firing.paths())
                .singleElement()
                .satisfies(path -> assertThat(path.endings()).singleElement().satisfies(ending -> {
                    assertThat(ending.result()).isEqualTo(Failure.raised("initial"));
                    assertThat(ending.unhandled()).isTrue();
                    assertThat(ending.combinations()).isEqualTo(2);
                }));
    }

    // When a member flips between returning and raising, then it keeps the user's value: fail x returns 'x', return y
    // raises y*.
    @Test
    void explore_keepsTheUsersValuesWhenMembersFlip() {
        Exploration exploration = ExploreFirings.explore(chain("f x", "r y"));

        assertThat(exploration.callback().paths().get(0).endings())
                .extracting(Exploration.Ending::result)
                .containsExactly(Value.text("x"), Failure.raised("x"));
        assertThat(exploration.errback().paths().get(0).endings())
                .extracting(Exploration.Ending::result)
                .containsExactly(Value.text("y"), Failure.raised("y"));
    }

    // For any chain, every example ran the path it is filed under, each stage's input is the previous output, and its
    // choices match the outputs.
    @Test
    void explore_filesEveryExampleUnderThePathItRan() {
        qt().withExamples(150).forAll(chains()).check(chain -> {
            for (Exploration.Firing firing : ExploreFirings.explore(chain).firings()) {
                for (Exploration.Path path : firing.paths()) {
                    for (Exploration.Ending ending : path.endings()) {
                        if (!ranAsFiled(chain, firing.initial(), path, ending)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        });
    }

    private static boolean ranAsFiled(
            List<PairSpec> chain, Value initial, Exploration.Path path, Exploration.Ending ending) {
        List<DeferredSnapshot.StageRun> runs = ending.example().runs();
        if (runs.size() != chain.size()) {
            return false;
        }
        Value in = initial;
        for (int stage = 0; stage < runs.size(); stage++) {
            DeferredSnapshot.StageRun ran = runs.get(stage);
            boolean keepsFailure =
                    ran.side() == Side.ERRBACK && memberOf(chain, stage, ran.side()) instanceof MemberSpec.Passthru;
            boolean raised = ending.example().choices().get(stage) == Choice.RAISES;
            if (!ran.in().equals(in)
                    || ran.side() != path.steps().get(stage).side()
                    || ran.out().isFailure() != (raised || keepsFailure)) {
                return false;
            }
            in = ran.out();
        }
        return in.equals(ending.result()) && ending.unhandled() == in.isFailure();
    }

    // If a chain has more stages than the limit, then explore refuses it and the listing says why.
    @Test
    void explore_refusesChainsLongerThanTheLimit() {
        List<PairSpec> chain = new ArrayList<>();
        for (int i = 0; i <= ExploreFirings.MAX_STAGES; i++) {
            chain.add(new PairSpec(MemberSpec.passthru(), MemberSpec.passthru()));
        }

        assertThat(ExploreFirings.fits(chain)).isFalse();
        assertThatThrownBy(() -> ExploreFirings.explore(chain))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17 stages");
        assertThat(ExploreFirings.lines(chain))
                .containsExactly(
                        "This chain has 17 stages: exploring it would take 2^17 combinations per firing, more than the"
                                + " limit of 2^16 (16 stages).",
                        "Explore a part of it: at most 16 pairs.");
    }

    // If a chain has a defer member, then it cannot be explored alone, and the listing names the stage.
    @Test
    void explore_refusesDeferMembers() {
        List<PairSpec> chain = chain("p", "p", "d x", "p");

        assertThat(ExploreFirings.fits(chain)).isFalse();
        assertThatThrownBy(() -> ExploreFirings.explore(chain)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ExploreFirings.lines(chain))
                .singleElement()
                .asString()
                .startsWith("Cannot explore this chain: stage 1 has 'defer x'");
    }

    // If the initial value has whitespace, then explore refuses it.
    @Test
    void explore_refusesAnInitialValueWithWhitespace() {
        assertThatThrownBy(() -> ExploreFirings.explore(BOOK, "two words"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // When the book chain is listed, then each path appears once with its counts, results, unhandled flags and example
    // flows.
    @Test
    void lines_listEachPathOnceWithCountsResultsAndExamples() {
        assertThat(ExploreFirings.lines(BOOK))
                .containsExactly(
                        "All possible firings of this chain of 3 stages: 2^3 = 8 combinations for each firing.",
                        "  stage 0: [return a | fail b]",
                        "  stage 1: [fail c | return d]",
                        "  stage 2: [passthru | passthru]",
                        "In a combination, the member that runs in each stage either returns or raises:",
                        "return V raises as fail V; fail V returns V; passthru returns its argument or raises",
                        "it (an errback's passthru fails either way, so its two combinations take one path).",
                        "A path is the side (cb or eb) that ran in each stage, numbered above it.",
                        "",
                        "d.callback('initial'): 8 combinations, 4 paths, 6 endings",
                        "  0  1  2   count  final result    example",
                        "  cb cb cb      1  'c'             'initial' -> 'a' -> 'c' -> 'c'",
                        "                1  c* (unhandled)  'initial' -> 'a' -> 'c' -> c*",
                        "  cb cb eb      2  c* (unhandled)  'initial' -> 'a' -> c* -> c*",
                        "  cb eb cb      1  'd'             'initial' -> a* -> 'd' -> 'd'",
                        "                1  d* (unhandled)  'initial' -> a* -> 'd' -> d*",
                        "  cb eb eb      2  d* (unhandled)  'initial' -> a* -> d* -> d*",
                        "",
                        "d.errback(initial*): 8 combinations, 4 paths, 6 endings",
                        "  0  1  2   count  final result    example",
                        "  eb cb cb      1  'c'             initial* -> 'b' -> 'c' -> 'c'",
                        "                1  c* (unhandled)  initial* -> 'b' -> 'c' -> c*",
                        "  eb cb eb      2  c* (unhandled)  initial* -> 'b' -> c* -> c*",
                        "  eb eb cb      1  'd'             initial* -> b* -> 'd' -> 'd'",
                        "                1  d* (unhandled)  initial* -> b* -> 'd' -> d*",
                        "  eb eb eb      2  d* (unhandled)  initial* -> b* -> d* -> d*");
    }

    // If a firing has more endings than the listing shows, then it says how many were left out.
    @Test
    void lines_capTheEndingsListedPerFiring() {
        List<PairSpec> chain = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            chain.add(new PairSpec(new MemberSpec.Return("r" + i), new MemberSpec.Fail("f" + i)));
        }

        List<String> lines = ExploreFirings.lines(chain);

        assertThat(lines).contains("  ... and 256 more endings not listed (the first 256 are shown).");
        assertThat(ExploreFirings.explore(chain).callback().endings()).isEqualTo(512);
    }

    private static String sides(Exploration.Path path) {
        List<String> sides = new ArrayList<>();
        path.steps().forEach(step -> sides.add(step.shortSide()));
        return String.join(" ", sides);
    }

    private static MemberSpec memberOf(List<PairSpec> chain, int stage, Side side) {
        return side == Side.CALLBACK
                ? chain.get(stage).callback()
                : chain.get(stage).errback();
    }

    /** Chains of up to six pairs of return/fail/passthru members with a few values. */
    private static Gen<List<PairSpec>> chains() {
        Gen<MemberSpec> member = integers()
                .between(0, 5)
                .map(n -> n < 2
                        ? new MemberSpec.Return("v" + n)
                        : n < 4 ? new MemberSpec.Fail("e" + n) : MemberSpec.passthru());
        Gen<PairSpec> pair = member.zip(member, PairSpec::new);
        return lists().of(pair).ofSizeBetween(0, 6);
    }
}
