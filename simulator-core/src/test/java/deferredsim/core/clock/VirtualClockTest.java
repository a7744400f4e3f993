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
        ScheduledCall first = clock.callLater(Time.ofSeconds(1), "first", () -> {});
        ScheduledCall second = clock.callLater(Time.ofSeconds(1), "second", () -> {});
        first.cancel();
        assertThat(first.active()).isFalse();
        assertThatThrownBy(first::cancel).isInstanceOf(ScheduledCall.AlreadyCancelledException.class);
        clock.runUntilIdle();
        assertThatThrownBy(second::cancel).isInstanceOf(ScheduledCall.AlreadyCalledException.class);
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

    /**
     * When a float clock's running call schedules another that is already due, then it runs within
     * the same advance at the advance's end time (Twisted's Clock.advance moves the time first).
     */
    @Test
    void advance_onAFloatClock_runsDueCallsAtTheEndTime() {
        VirtualClock clock = VirtualClock.floatTime(ClockListener.NONE);
        List<String> ran = new ArrayList<>();
        clock.callLater(
                Time.ofSeconds(1),
                "outer",
                () -> clock.callLater(Time.ZERO, "inner", () -> ran.add("inner at " + clock.now())));
        clock.advance(Time.ofSeconds(2));
        assertThat(ran).containsExactly("inner at 2");
        assertThat(clock.now()).isEqualTo(Time.ofSeconds(2));
    }

    /** When a float clock has delays of 0.1 and then 0.2, then the second is due at 0.1 + 0.2 as a double. */
    @Test
    void callLater_onAFloatClock_addsTimesAsPythonFloats() {
        VirtualClock clock = VirtualClock.floatTime(ClockListener.NONE);
        List<Time> at = new ArrayList<>();
        clock.callLater(
                Time.ofSeconds(new BigDecimal("0.1")),
                "a",
                () -> clock.callLater(Time.ofSeconds(new BigDecimal("0.2")), "b", () -> at.add(clock.now())));
        clock.runUntilIdle();
        assertThat(at).containsExactly(Time.ofDouble(0.1 + 0.2));
        assertThat(at.get(0).toString()).isEqualTo("0.30000000000000004");
    }

    /**
     * If now + (due - now) rounds past the due time, then a float clock runs the call at that later
     * time, as Twisted's clock driven by advance(next due - now) does.
     */
    @Test
    void runUntilIdle_onAFloatClock_runsAtTheRoundedAdvanceLikeTwisted() {
        VirtualClock clock = VirtualClock.floatTime(ClockListener.NONE);
        List<String> at = new ArrayList<>();
        clock.callLater(
                Time.ofDouble(12611480112989.871), "a", () -> at.add(clock.now().toString()));
        clock.callLater(
                Time.ofDouble(54253826594832.27), "b", () -> at.add(clock.now().toString()));
        clock.runUntilIdle();
        assertThat(at).containsExactly("12611480112989.871", "54253826594832.28");
    }

    /**
     * If now + (due - now) rounds below the due time, then a float clock advances a second, tiny
     * step and runs the call at exactly its due time.
     */
    @Test
    void runUntilIdle_onAFloatClock_advancesAgainWhenTheSumFallsShort() {
        VirtualClock clock = VirtualClock.floatTime(ClockListener.NONE);
        List<String> at = new ArrayList<>();
        clock.callLater(
                Time.ofDouble(0.11314524713603558),
                "a",
                () -> at.add(clock.now().toString()));
        clock.callLater(
                Time.ofDouble(1.68918031141311), "b", () -> at.add(clock.now().toString()));
        clock.runUntilIdle();
        assertThat(at).containsExactly("0.11314524713603558", "1.68918031141311");
    }

    /** If a float clock's due time would be beyond the largest double, then callLater refuses with a clear message. */
    @Test
    void callLater_onAFloatClock_refusesATimeBeyondTheLargestDouble() {
        VirtualClock clock = VirtualClock.floatTime(ClockListener.NONE);
        clock.callLater(Time.ofDouble(1e308), "a", () -> clock.callLater(Time.ofDouble(1e308), "b", () -> {}));
        assertThatThrownBy(clock::runUntilIdle)
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("1e+308 + 1e+308 is beyond the largest time");
    }
}
