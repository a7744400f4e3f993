package deferredsim.core.engine;

import static deferredsim.core.testing.DeferredAssertions.assertFailedWith;
import static deferredsim.core.testing.DeferredAssertions.assertNoResult;
import static deferredsim.core.testing.DeferredAssertions.assertSucceededWith;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredListTest {
    /** When every member has fired, the list fires with (success, result) pairs in member order. */
    @Test
    void list_firesWithPairsInMemberOrder() {
        Deferred a = Deferred.create("a");
        Deferred b = Deferred.create("b");
        DeferredList list = DeferredList.of("L", List.of(a, b), false, false, false);
        b.errback(Failure.raised("two"));
        assertNoResult(list);
        a.callback(Value.text("one"));
        assertThat(list.result().render()).isEqualTo("[(True, one), (False, two*)]");
        assertThat(b.isUnhandled()).isTrue();
    }

    /** With consumeErrors, a failed member goes on with None and leaves no unhandled error. */
    @Test
    void consumeErrors_leavesFailedMembersHoldingNone() {
        Deferred a = Deferred.fail("a", Failure.raised("bad"));
        DeferredList list = DeferredList.of("L", List.of(a), false, false, true);
        assertThat(list.result().render()).isEqualTo("[(False, bad*)]");
        assertSucceededWith(a, Value.NONE);
    }

    /** With fireOnOneCallback, the first success fires the list with (value, index). */
    @Test
    void fireOnOneCallback_firesAtTheFirstSuccess() {
        Deferred a = Deferred.create("a");
        Deferred b = Deferred.create("b");
        DeferredList list = DeferredList.of("L", List.of(a, b), true, false, false);
        b.callback(Value.text("fast"));
        assertThat(list.result().render()).isEqualTo("(fast, 1)");
    }

    /** An empty list with fireOnOneCallback never fires, as in Twisted. */
    @Test
    void fireOnOneCallback_emptyListNeverFires() {
        assertNoResult(DeferredList.of("L", List.of(), true, false, false));
        assertSucceededWith(
                DeferredList.of("M", List.of(), false, false, false), new deferredsim.core.value.ListResult(List.of()));
    }

    /** gatherResults errbacks with FirstError at the first failure, without waiting for the rest. */
    @Test
    void gatherResults_failsAtTheFirstFailure() {
        Deferred a = Deferred.create("a");
        Deferred b = Deferred.create("b");
        DeferredList gathered = DeferredList.gatherResults("G", List.of(a, b));
        b.errback(Failure.raised("no"));
        assertFailedWith(gathered, "FirstError(no*, 1)*");
    }

    /** Cancelling an unfired list cancels every member; the list then fires with their CancelledErrors. */
    @Test
    void cancel_cancelsEveryMember() {
        Deferred a = Deferred.create("a");
        Deferred b = Deferred.create("b");
        DeferredList list = DeferredList.of("L", List.of(a, b), false, false, false);
        list.cancel();
        assertThat(list.result().render()).isEqualTo("[(False, CancelledError*), (False, CancelledError*)]");
    }
}
