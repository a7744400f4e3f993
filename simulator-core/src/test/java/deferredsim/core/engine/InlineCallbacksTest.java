package deferredsim.core.engine;

import static deferredsim.core.testing.DeferredAssertions.assertFailedWith;
import static deferredsim.core.testing.DeferredAssertions.assertSucceededWith;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineCallbacksTest {
    /** A generator over a list of deferreds: yields each, records what it got, then returns or raises. */
    private static final class Script implements Generator {
        final List<Deferred> awaited;
        final boolean catching;
        final List<String> received = new ArrayList<>();
        int next;

        Script(boolean catching, Deferred... awaited) {
            this.awaited = List.of(awaited);
            this.catching = catching;
        }

        @Override
        public Step send(Value value) {
            if (next > 0) {
                received.add(value.render());
            }
            return step();
        }

        @Override
        public Step throwInto(Failure failure) {
            received.add(failure.render());
            return catching ? step() : Step.raised(failure);
        }

        private Step step() {
            return next < awaited.size() ? Step.yielded(awaited.get(next++)) : Step.returned(Value.text("done"));
        }
    }

    /** If every yielded deferred has already fired, the generator's deferred has fired when start returns. */
    @Test
    void start_withAlreadyFiredYieldsFinishesAtOnce() {
        Script script =
                new Script(false, Deferred.succeed("a", Value.text("one")), Deferred.succeed("b", Value.text("two")));
        Deferred d = InlineCallbacks.start("g", script);
        assertSucceededWith(d, "done");
        assertThat(script.received).containsExactly("one", "two");
    }

    /** A yielded deferred's result is taken by the generator, leaving that deferred holding None. */
    @Test
    void yield_leavesTheAwaitedDeferredHoldingNone() {
        Deferred a = Deferred.create("a");
        Deferred d = InlineCallbacks.start("g", new Script(false, a));
        a.callback(Value.text("late"));
        assertSucceededWith(d, "done");
        assertSucceededWith(a, Value.NONE);
    }

    /** A failure at a yield that is not caught ends the generator, and its deferred errbacks with it. */
    @Test
    void yield_uncaughtFailureErrbacks() {
        Deferred a = Deferred.create("a");
        Deferred d = InlineCallbacks.start("g", new Script(false, a));
        a.errback(Failure.raised("boom"));
        assertFailedWith(d, "boom*");
    }

    /** Cancelling the generator's deferred cancels the awaited one; a generator that catches it succeeds. */
    @Test
    void cancel_whileWaitingThrowsCancelledErrorAtTheYield() {
        Deferred a = Deferred.create("a");
        Script script = new Script(true, a);
        Deferred d = InlineCallbacks.start("g", script);
        d.cancel();
        assertThat(script.received).containsExactly("CancelledError*");
        assertSucceededWith(d, "done");
    }

    /** Ten thousand already-fired yields unroll in a loop, not by recursion. */
    @Test
    void start_manyAlreadyFiredYieldsNeedNoDeepStack() {
        Deferred[] ready = new Deferred[10_000];
        for (int i = 0; i < ready.length; i++) {
            ready[i] = Deferred.succeed("a" + i, Value.text("v"));
        }
        assertSucceededWith(InlineCallbacks.start("g", new Script(false, ready)), "done");
    }
}
