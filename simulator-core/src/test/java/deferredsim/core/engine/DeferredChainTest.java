package deferredsim.core.engine;

import static deferredsim.core.testing.DeferredAssertions.assertFailedWith;
import static deferredsim.core.testing.DeferredAssertions.assertNoResult;
import static deferredsim.core.testing.DeferredAssertions.assertSucceededWith;
import static deferredsim.core.testing.Stages.logging;
import static deferredsim.core.testing.Stages.raising;
import static deferredsim.core.testing.Stages.returning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredChainTest {
    /** When a deferred fires with a success, each stage's callback runs and its return value is the next input. */
    @Test
    void callback_runsCallbacksInOrder() {
        List<String> log = new ArrayList<>();
        Deferred d = Deferred.create("d")
                .addCallback(logging("a", log))
                .addCallback(returning("two"))
                .addCallback(logging("b", log));
        d.callback(Value.text("one"));
        assertThat(log).containsExactly("a:one", "b:two");
        assertSucceededWith(d, "two");
    }

    /** When a callback raises, the next stage's errback runs, and callbacks in between are skipped. */
    @Test
    void callback_raisingSwitchesToErrbacks() {
        List<String> log = new ArrayList<>();
        Deferred d = Deferred.create("d")
                .addCallback(raising("bad"))
                .addCallback(logging("skipped", log))
                .addErrback(logging("eb", log));
        d.callback(Value.text("go"));
        assertThat(log).containsExactly("eb:bad*");
        assertFailedWith(d, "bad*");
    }

    /** When an errback returns a value, the failure is handled and the callback side runs next. */
    @Test
    void errback_recoveringReturnsToCallbacks() {
        Deferred d = Deferred.create("d").addErrback(returning("fixed")).addCallback(returning("after"));
        d.errback(Failure.raised("oops"));
        assertSucceededWith(d, "after");
    }

    /** When a pair is added to a fired deferred, it runs before addCallbacks returns. */
    @Test
    void addCallbacks_onFiredDeferredRunsAtOnce() {
        Deferred d = Deferred.succeed("d", Value.text("v"));
        d.addCallback(returning("w"));
        assertSucceededWith(d, "w");
    }

    /** When a deferred is fired twice, the second firing raises AlreadyCalledError and changes nothing. */
    @Test
    void callback_secondFiringRaisesAlreadyCalled() {
        Deferred d = Deferred.succeed("d", Value.text("first"));
        assertThatThrownBy(() -> d.callback(Value.text("second"))).isInstanceOf(AlreadyCalledError.class);
        assertThatThrownBy(() -> d.errback(Failure.raised("x"))).isInstanceOf(AlreadyCalledError.class);
        assertSucceededWith(d, "first");
    }

    /** When paused twice and unpaused once, nothing runs; the second unpause runs the chain. */
    @Test
    void unpause_runsOnlyWhenTheCounterReachesZero() {
        List<String> log = new ArrayList<>();
        Deferred d = Deferred.create("d").addCallback(logging("cb", log));
        d.pause();
        d.pause();
        d.callback(Value.text("v"));
        d.unpause();
        assertThat(log).isEmpty();
        assertThat(d.isWaiting()).isTrue();
        d.unpause();
        assertThat(log).containsExactly("cb:v");
        assertSucceededWith(d, "v");
    }

    /** When a callback returns an unfired deferred, the outer waits and resumes with the inner's result; the inner keeps None. */
    @Test
    void chaining_outerWaitsForInnerAndTakesItsResult() {
        Deferred inner = Deferred.create("inner");
        List<String> log = new ArrayList<>();
        Deferred outer = Deferred.create("outer").addCallback(in -> inner).addCallback(logging("after", log));
        outer.callback(Value.text("go"));
        assertThat(outer.isWaiting()).isTrue();
        assertThat(outer.awaiting()).isSameAs(inner);
        assertThat(log).isEmpty();
        inner.callback(Value.text("innerValue"));
        assertThat(log).containsExactly("after:innerValue");
        assertSucceededWith(outer, "innerValue");
        assertSucceededWith(inner, Value.NONE);
    }

    /** When a callback returns an already-fired deferred, the outer takes its result at once and the inner keeps None. */
    @Test
    void chaining_alreadyFiredInnerIsTakenAtOnce() {
        Deferred inner = Deferred.fail("inner", Failure.raised("early"));
        Deferred outer = Deferred.create("outer").addCallback(in -> inner);
        outer.callback(Value.text("go"));
        assertFailedWith(outer, "early*");
        assertSucceededWith(inner, Value.NONE);
    }

    /** When the inner deferred is fired but paused, the outer chains and waits for the unpause. */
    @Test
    void chaining_pausedInnerMakesOuterWait() {
        Deferred inner = Deferred.succeed("inner", Value.text("v"));
        inner.pause();
        Deferred outer = Deferred.create("outer").addCallback(in -> inner);
        outer.callback(Value.text("go"));
        assertThat(outer.isWaiting()).isTrue();
        inner.unpause();
        assertSucceededWith(outer, "v");
    }

    /** When callbacks are added to the inner after it was returned, they run after the hand-off and see None. */
    @Test
    void chaining_callbacksAddedToInnerLaterSeeNone() {
        Deferred inner = Deferred.create("inner");
        Deferred outer = Deferred.create("outer").addCallback(in -> inner);
        outer.callback(Value.text("go"));
        List<String> log = new ArrayList<>();
        inner.addCallback(logging("late", log));
        inner.callback(Value.text("x"));
        assertThat(log).containsExactly("late:None");
        assertSucceededWith(outer, "x");
    }

    /** When a failure is handed from inner to outer, only the outer is left with an unhandled error. */
    @Test
    void chaining_failureHandedOnClearsTheInnersUnhandledFlag() {
        Deferred inner = Deferred.create("inner");
        Deferred outer = Deferred.create("outer").addCallback(in -> inner);
        outer.callback(Value.text("go"));
        inner.errback(Failure.raised("bad"));
        assertFailedWith(outer, "bad*");
        assertThat(inner.isUnhandled()).isFalse();
    }

    /** If a deferred pauses before it fails, it ends waiting and its unhandled flag stays false. */
    @Test
    void pause_beforeFailureLeavesNoUnhandledFlag() {
        Deferred d = Deferred.create("d");
        d.pause();
        d.errback(Failure.raised("stuck"));
        assertThat(d.isWaiting()).isTrue();
        assertThat(d.isUnhandled()).isFalse();
    }

    /** An unfired deferred has no result. */
    @Test
    void create_hasNoResult() {
        assertNoResult(Deferred.create("d"));
    }
}
