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
 * the wall clock.
 *
 * <p>A clock counts time one of two ways, chosen when it is made:
 *
 * <ul>
 *   <li>{@link #floatTime(ClockListener)}: in doubles, exactly as Twisted's {@code Clock} does
 *       (the Deferred engine's clock). A call is due at {@code seconds() + delay} added as floats
 *       (so {@code 0.1} then {@code 0.2} later is {@code 0.30000000000000004}); {@code advance}
 *       moves the time first and then runs what is due, and {@link #runUntilIdle()} advances as a
 *       Twisted harness does, float rounding included.
 *   <li>{@link #create()} and {@link #create(ClockListener)}: in {@link Time}s as given, exactly
 *       for exact times (the reactor model's clock, where {@code 0.1 + 0.2} is {@code 0.3}); while
 *       a call runs, the time is its due time.
 * </ul>
 */
public final class VirtualClock {
    private final PriorityQueue<ScheduledCall> calls =
            new PriorityQueue<>(Comparator.comparing(ScheduledCall::time).thenComparingLong(ScheduledCall::sequence));
    private final ClockListener listener;
    private final boolean floatTime;
    private Time now = Time.ZERO;
    private long nextSequence;
    private int nextId = 1;

    private VirtualClock(ClockListener listener, boolean floatTime) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.floatTime = floatTime;
    }

    /** A clock at time 0 with nothing scheduled, counting time in {@link Time}s as given. */
    public static VirtualClock create() {
        return new VirtualClock(ClockListener.NONE, false);
    }

    /**
     * A clock at time 0, counting time in {@link Time}s as given, that tells {@code listener} about
     * every call scheduled, run or cancelled.
     */
    public static VirtualClock create(ClockListener listener) {
        return new VirtualClock(listener, false);
    }

    /**
     * A clock at time 0 that counts time in doubles exactly as Twisted's {@code task.Clock} does,
     * and tells {@code listener} about every call scheduled, run or cancelled.
     */
    public static VirtualClock floatTime(ClockListener listener) {
        return new VirtualClock(listener, true);
    }

    /** The current virtual time ({@code seconds()} in Twisted). */
    public Time now() {
        return now;
    }

    /**
     * Schedules {@code action} to run {@code delay} after now; on a {@link #floatTime} clock it is
     * due at {@code now + delay} added as doubles, as Twisted's {@code callLater} computes it.
     *
     * @return the delayed call, active until it runs or is cancelled
     * @throws ArithmeticException if the due time is too large to hold (for a float clock: beyond
     *     the largest double, where Twisted's clock would reach {@code inf} and stop advancing);
     *     nothing is scheduled then
     */
    public ScheduledCall callLater(Time delay, String description, Runnable action) {
        Time due = floatTime ? now.plusAsFloat(delay) : now.plus(delay);
        ScheduledCall call = new ScheduledCall(this, nextId++, due, nextSequence++, description, action);
        calls.add(call);
        listener.scheduled(call);
        return call;
    }

    /**
     * Moves time forward by {@code amount}, running every call that is then due, earliest first
     * (and, among equal times, in scheduling order), including ones scheduled meanwhile. On a
     * {@link #floatTime} clock, as Twisted's {@code Clock.advance}: the time first becomes {@code
     * now + amount} (added as doubles), and the calls run at that time. Otherwise the time is set to
     * each call's due time while it runs, then to the end of the advance.
     *
     * @throws ArithmeticException if the new time is too large to hold
     */
    public void advance(Time amount) {
        if (floatTime) {
            now = now.plusAsFloat(amount);
            while (!calls.isEmpty() && !now.isBefore(calls.peek().time())) {
                runEarliest();
            }
            return;
        }
        Time end = now.plus(amount);
        while (!calls.isEmpty() && !end.isBefore(calls.peek().time())) {
            runEarliest();
        }
        now = end;
    }

    /**
     * Runs calls earliest first until none is left, as a Twisted harness does with {@code
     * clock.advance(0)} and then {@code clock.advance(clock.getDelayedCalls()[0].getTime() -
     * clock.seconds())} in a loop. On a {@link #floatTime} clock that is done literally, so {@code
     * now + (due - now)} may land a hair before the due time (a second, tiny advance follows) or
     * after it (the call runs at that later time), just as in Python. Otherwise the time afterwards
     * is that of the last call run (unchanged if none ran).
     */
    public void runUntilIdle() {
        if (floatTime) {
            advance(Time.ZERO);
            while (!calls.isEmpty()) {
                advance(calls.peek().time().minus(now));
            }
            return;
        }
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
        ScheduledCall call = calls.poll();
        if (!floatTime && now.isBefore(call.time())) {
            now = call.time();
        }
        listener.running(call);
        call.run();
    }

    void cancelled(ScheduledCall call) {
        calls.remove(call);
        listener.cancelled(call);
    }
}
