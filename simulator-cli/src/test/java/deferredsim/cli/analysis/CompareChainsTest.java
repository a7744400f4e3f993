package deferredsim.cli.analysis;

import static deferredsim.cli.analysis.Chains.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.cli.analysis.ChainComparison.Firing;
import deferredsim.cli.analysis.ChainComparison.Mark;
import deferredsim.cli.analysis.ChainComparison.Result;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CompareChainsTest {
    private static final ChainComparison PART_9 =
            CompareChains.pairVersusSplit(new MemberSpec.Fail("x"), new MemberSpec.Return("handled"));

    // When Part 9's pair is compared with its split form, then the split chain has two pairs with passthru partners.
    @Test
    void pairVersusSplit_buildsOnePairAgainstTwo() {
        assertThat(PART_9.left().label()).isEqualTo("addCallbacks(cb, eb)");
        assertThat(PART_9.left().pairs()).isEqualTo(chain("f x", "r handled"));
        assertThat(PART_9.right().label()).isEqualTo("addCallback(cb); addErrback(eb)");
        assertThat(PART_9.right().pairs()).isEqualTo(chain("f x", "p", "p", "r handled"));
    }

    // If the callback raises on d.callback, then the pair leaves x* unhandled and the split chain's errback handles it.
    @Test
    void compare_showsTheSplitErrbackCatchingTheCallbacksFailure() {
        Firing callback = PART_9.firings().get(0);

        assertThat(callback.method()).isEqualTo(FireMethod.CALLBACK);
        assertThat(callback.rows()).extracting(ChainComparison.Row::mark).containsExactly(Mark.SAME, Mark.RIGHT_ONLY);
        assertThat(callback.divergence()).isEqualTo(OptionalInt.of(1));
        assertThat(callback.left()).isEqualTo(new Result(Failure.raised("x"), true));
        assertThat(callback.right()).isEqualTo(new Result(Value.text("handled"), false));
        assertThat(callback.resultsDiffer()).isTrue();
    }

    // When both are fired with d.errback, then they differ only by the split chain's passthru and both end handled.
    @Test
    void compare_treatsAOneSidedPassthruAsNeutral() {
        Firing errback = PART_9.firings().get(1);

        assertThat(errback.rows()).extracting(ChainComparison.Row::mark).containsExactly(Mark.RIGHT_ONLY, Mark.SAME);
        assertThat(errback.rows().get(0).neutral()).isTrue();
        assertThat(errback.divergence()).isEmpty();
        assertThat(errback.resultsDiffer()).isFalse();
    }

    // When a chain is compared with itself, then every row is the same and nothing diverges.
    @Test
    void compare_findsNoDifferenceBetweenEqualChains() {
        ChainComparison same =
                CompareChains.compare("A", chain("r a", "f b", "p", "r c"), "B", chain("r a", "f b", "p", "r c"));

        for (Firing firing : same.firings()) {
            assertThat(firing.rows()).extracting(ChainComparison.Row::mark).containsOnly(Mark.SAME);
            assertThat(firing.divergence()).isEmpty();
            assertThat(firing.resultsDiffer()).isFalse();
        }
    }

    // When the same stage returns different values, then the row is marked changed and the paths part there.
    @Test
    void compare_marksDifferentStepsAtTheSamePlaceAsChanged() {
        Firing callback = CompareChains.compare("A", chain("r a", "p"), "B", chain("r b", "p"))
                .firings()
                .get(0);

        assertThat(callback.rows()).extracting(ChainComparison.Row::mark).containsExactly(Mark.CHANGED);
        assertThat(callback.divergence()).isEqualTo(OptionalInt.of(0));
    }

    // If a chain has a defer member, then it cannot be compared on its own.
    @Test
    void compare_refusesDeferMembers() {
        assertThatThrownBy(() -> CompareChains.compare("A", chain("d x", "p"), "B", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage 0 has 'defer x'");
    }

    // When Part 9's comparison is printed, then rows, marks, the place the paths part and both results are shown.
    @Test
    void lines_printPart9SideBySide() {
        assertThat(CompareChains.lines(PART_9))
                .containsExactly(
                        "Two chains, each fired with d.callback('initial') and with d.errback(initial*):",
                        "  A  addCallbacks(cb, eb)             [fail x | return handled]",
                        "  B  addCallback(cb); addErrback(eb)  [fail x | passthru] [passthru | return handled]",
                        "Marks: = the same step in both, ! different steps, < only in A, > only in B.",
                        "",
                        "d.callback('initial')",
                        "     A                                    B",
                        "  =  0 callback fail x: 'initial' -> x*   0 callback fail x: 'initial' -> x*",
                        "  >                                       1 errback return handled: x* -> 'handled'   <- the"
                                + " paths part here",
                        "  !  result x* (unhandled)                result 'handled'",
                        "  The paths part at row 2: A runs nothing there, B runs stage 1 errback (return handled).",
                        "  The final results differ: A ends with x* (unhandled), B with 'handled'.",
                        "",
                        "d.errback(initial*)",
                        "     A                                                 B",
                        "  >                                                    0 errback passthru: initial* ->"
                                + " initial*",
                        "  =  0 errback return handled: initial* -> 'handled'   1 errback return handled: initial* ->"
                                + " 'handled'",
                        "  =  result 'handled'                                  result 'handled'",
                        "  The paths differ only by pass-through stages.",
                        "  Both end with 'handled'.");
    }
}
