package deferredsim.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.time.Time;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
    /** When calls are due at the same time, they run in the order they were scheduled. */
    @Test
    void advance_runsTiesInSchedulingOrder() {
        VirtualClock clock = VirtualClock.create();
        List<String> ran = new ArrayList<>();
        clock.callLater(Time.ofSeconds(1), "a", () -> ran.add("a"));
        clock.callLater(Time.ofSeconds(1), "b", () -> ran.add("b"));
        clock.callLater(Time.ZERO, "c", () -> ran.add("c"));
        clock.advance(Time.ofSeconds(1));
        assertThat(ran).containsExactly("c", "a", "b");
    }

    /** When a running call schedules another that is already due, it runs within the same advance. */
    @Test
    void advance_runsCallsScheduledDuringAdvance() {
        VirtualClock clock = VirtualClock.create();
        List<String> ran = new ArrayList<>();
        clock.callLater(
                Time.ofSeconds(1),
                "outer",
                () -> clock.callLater(Time.ZERO, "inner", () -> ran.add("inner at " + clock.now())));
        clock.advance(Time.ofSeconds(2));
        assertThat(ran).containsExactly("inner at 1");
        assertThat(clock.now()).isEqualTo(Time.ofSeconds(2));
    }

    /** A call not yet due does not run, and time ends where the advance said. */
    @Test
    void advance_leavesLaterCallsAlone() {
        VirtualClock clock = VirtualClock.create();
        List<String> ran = new ArrayList<>();
        clock.callLater(Time.ofSeconds(3), "late", () -> ran.add("late"));
        clock.advance(Time.ofSeconds(2));
        assertThat(ran).isEmpty();
        assertThat(clock.hasPendingCalls()).isTrue();
    }

    /** Cancelling a call twice raises AlreadyCancelled; cancelling one that ran raises AlreadyCalled. */
    @Test
    void cancel_followsTwistedsErrors() {
        VirtualClock clock = VirtualClock.create();
        DelayedCall first = clock.callLater(Time.ofSeconds(1), "first", () -> {});
        DelayedCall second = clock.callLater(Time.ofSeconds(1), "second", () -> {});
        first.cancel();
        assertThat(first.active()).isFalse();
        assertThatThrownBy(first::cancel).isInstanceOf(DelayedCall.AlreadyCancelledException.class);
        clock.runUntilIdle();
        assertThatThrownBy(second::cancel).isInstanceOf(DelayedCall.AlreadyCalledException.class);
    }

    /** Decimal delays add up exactly: 0.1 + 0.2 is due at exactly 0.3. */
    @Test
    void callLater_addsDecimalTimesExactly() {
        VirtualClock clock = VirtualClock.create();
        List<Time> at = new ArrayList<>();
        clock.callLater(
                Time.ofSeconds(new BigDecimal("0.1")),
                "a",
                () -> clock.callLater(Time.ofSeconds(new BigDecimal("0.2")), "b", () -> at.add(clock.now())));
        clock.runUntilIdle();
        assertThat(at).containsExactly(Time.ofSeconds(new BigDecimal("0.3")));
        assertThat(at.get(0).toString()).isEqualTo("0.3");
    }
}
