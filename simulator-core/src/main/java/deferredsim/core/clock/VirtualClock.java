package deferredsim.core.clock;

import deferredsim.core.time.Time;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * A deterministic reactor clock that behaves like Twisted's {@code twisted.internet.task.Clock}.
 *
 * <p>Time starts at 0 and moves only when {@link #advance(Time)} or {@link #runUntilIdle()} moves
 * it. Calls due at the same time run in the order they were scheduled, and calls scheduled while
 * the clock is running run in the same {@code advance} if they are already due. Nothing here reads
 * the wall clock. Create one with {@link #create()} or {@link #create(ClockListener)}.
 */
public final class VirtualClock {
    private final PriorityQueue<DelayedCall> calls =
            new PriorityQueue<>(Comparator.comparing(DelayedCall::time).thenComparingLong(DelayedCall::sequence));
    private final ClockListener listener;
    private Time now = Time.ZERO;
    private long nextSequence;
    private int nextId = 1;

    private VirtualClock(ClockListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A clock at time 0 with nothing scheduled. */
    public static VirtualClock create() {
        return new VirtualClock(ClockListener.NONE);
    }

    /** A clock at time 0 that tells {@code listener} about every call scheduled, run or cancelled. */
    public static VirtualClock create(ClockListener listener) {
        return new VirtualClock(listener);
    }

    /** The current virtual time ({@code seconds()} in Twisted). */
    public Time now() {
        return now;
    }

    /**
     * Schedules {@code action} to run {@code delay} after now.
     *
     * @return the delayed call, active until it runs or is cancelled
     */
    public DelayedCall callLater(Time delay, String description, Runnable action) {
        DelayedCall call = new DelayedCall(this, nextId++, now.plus(delay), nextSequence++, description, action);
        calls.add(call);
        listener.scheduled(call);
        return call;
    }

    /**
     * Moves time forward by {@code amount}, running every call that is then due, earliest first
     * (and, among equal times, in scheduling order), including ones scheduled meanwhile. Time is
     * set to each call's due time while it runs, then to the end of the advance.
     */
    public void advance(Time amount) {
        Time end = now.plus(amount);
        while (!calls.isEmpty() && !end.isBefore(calls.peek().time())) {
            runEarliest();
        }
        now = end;
    }

    /**
     * Runs calls earliest first until none is left, as a test harness does with {@code
     * clock.advance(clock.calls[0].getTime() - clock.seconds())} in a loop. Afterwards the time is
     * that of the last call run (unchanged if none ran).
     */
    public void runUntilIdle() {
        while (!calls.isEmpty()) {
            runEarliest();
        }
    }

    /**
     * Runs the earliest scheduled call alone (ties: the one scheduled first), moving the time to
     * its due time when that is later; does nothing when no call is scheduled. A loop of these runs
     * the calls in the order {@link #advance(Time)} runs them, but lets the caller look at the world
     * between two calls due at the same time.
     *
     * @return true when a call ran
     */
    public boolean runNext() {
        if (calls.isEmpty()) {
            return false;
        }
        runEarliest();
        return true;
    }

    /** The due time of the earliest scheduled call, if any call is scheduled. */
    public Optional<Time> nextCallTime() {
        return calls.isEmpty() ? Optional.empty() : Optional.of(calls.peek().time());
    }

    /** True when some call is still scheduled. */
    public boolean hasPendingCalls() {
        return !calls.isEmpty();
    }

    private void runEarliest() {
        DelayedCall call = calls.poll();
        if (now.isBefore(call.time())) {
            now = call.time();
        }
        listener.running(call);
        call.run();
    }

    void cancelled(DelayedCall call) {
        calls.remove(call);
        listener.cancelled(call);
    }
}
