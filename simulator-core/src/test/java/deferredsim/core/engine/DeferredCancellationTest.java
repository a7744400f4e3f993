package deferredsim.core.engine;

import static deferredsim.core.testing.DeferredAssertions.assertFailedWith;
import static deferredsim.core.testing.DeferredAssertions.assertSucceededWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.value.Value;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredCancellationTest {
    /** When an unfired deferred without canceller is cancelled, it errbacks CancelledError and swallows one late fire only. */
    @Test
    void cancel_withoutCancellerSwallowsOneLateFire() {
        Deferred d = Deferred.create("d");
        d.cancel();
        assertFailedWith(d, "CancelledError*");
        d.callback(Value.text("late"));
        assertThatThrownBy(() -> d.callback(Value.text("later"))).isInstanceOf(AlreadyCalledError.class);
        assertFailedWith(d, "CancelledError*");
    }

    /** When the canceller does nothing, the deferred errbacks CancelledError and a late fire raises AlreadyCalledError. */
    @Test
    void cancel_withCancellerDoingNothingDoesNotSwallow() {
        AtomicInteger calls = new AtomicInteger();
        Deferred d = Deferred.create("d", it -> calls.incrementAndGet());
        d.cancel();
        assertThat(calls).hasValue(1);
        assertFailedWith(d, "CancelledError*");
        assertThatThrownBy(() -> d.callback(Value.text("late"))).isInstanceOf(AlreadyCalledError.class);
    }

    /** When the canceller fires the deferred itself, that result stands. */
    @Test
    void cancel_cancellerThatFiresDecidesTheResult() {
        Deferred d = Deferred.create("d", it -> it.callback(Value.text("fromCanceller")));
        d.cancel();
        assertSucceededWith(d, "fromCanceller");
    }

    /** When a fired deferred is cancelled, nothing happens and the canceller is not called. */
    @Test
    void cancel_afterFiringIsANoOp() {
        AtomicInteger calls = new AtomicInteger();
        Deferred d = Deferred.create("d", it -> calls.incrementAndGet());
        d.callback(Value.text("v"));
        d.cancel();
        d.cancel();
        assertThat(calls).hasValue(0);
        assertSucceededWith(d, "v");
    }

    /** When the outer deferred waits on an inner one, cancel goes to the inner and the outer continues with CancelledError. */
    @Test
    void cancel_whileWaitingIsForwardedToTheInner() {
        AtomicInteger outerCanceller = new AtomicInteger();
        Deferred inner = Deferred.create("inner");
        Deferred outer =
                Deferred.create("outer", it -> outerCanceller.incrementAndGet()).addCallback(in -> inner);
        outer.callback(Value.text("go"));
        outer.cancel();
        assertThat(outerCanceller).hasValue(0);
        assertFailedWith(outer, "CancelledError*");
        assertSucceededWith(inner, Value.NONE);
    }
}
