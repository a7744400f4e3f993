package deferredsim.core.reactor;

import deferredsim.core.engine.Deferred;
import deferredsim.core.time.Time;
import deferredsim.core.value.Value;
import java.util.Objects;

/**
 * Twisted's {@code task.LoopingCall}: calls a function every {@code interval} on a {@link Reactor}.
 *
 * <ul>
 *   <li>{@link #start(Time, boolean, String)} with {@code now} calls the function at once, inside {@code
 *       start}; the following calls are due at whole multiples of the interval after the start
 *       (a late call skips the multiples it missed, as Twisted does).
 *   <li>{@code start} returns a Deferred that fires with the LoopingCall when {@link #stop()} is
 *       called, and errbacks with the failure (the loop stopped) when the function raises.
 * </ul>
 *
 * <p>Create one with {@link #create}. A function that returns a Deferred is not modelled: the next
 * call never waits for one.
 */
public final class LoopingCall {
    private final Reactor reactor;
    private final RecordedDeferreds deferreds;
    private final String name;
    private final String functionName;
    private final String argsRepr;
    private final Runnable function;
    private boolean running;
    private Time interval;
    private Time startTime;
    private DelayedCall call;
    private Deferred deferred;

    private LoopingCall(
            Reactor reactor,
            RecordedDeferreds deferreds,
            String name,
            String functionName,
            String argsRepr,
            Runnable function) {
        this.reactor = reactor;
        this.deferreds = deferreds;
        this.name = name;
        this.functionName = functionName;
        this.argsRepr = argsRepr;
        this.function = Objects.requireNonNull(function, "function");
    }

    /**
     * {@code LoopingCall(f, *args)} named {@code name} in the program; {@code functionName} and
     * {@code argsRepr} (Python's repr of the argument tuple, {@code ()}) are for its repr. The
     * function raises a {@link SimulatedException} to fail.
     */
    public static LoopingCall create(
            Reactor reactor,
            RecordedDeferreds deferreds,
            String name,
            String functionName,
            String argsRepr,
            Runnable function) {
        return new LoopingCall(reactor, deferreds, name, functionName, argsRepr, function);
    }

    /** True between {@code start} and {@code stop} (or the function raising). */
    public boolean running() {
        return running;
    }

    /**
     * Starts calling the function every {@code interval}; with {@code now}, the first call happens
     * before this returns.
     *
     * @param deferredName the name of the Deferred returned
     * @return a Deferred fired with the LoopingCall on {@link
     *     #stop()}, or failed with what the function raised
     * @throws SimulatedException {@code AssertionError} if it is running already
     */
    public Deferred start(Time interval, boolean now, String deferredName) {
        if (running) {
            throw SimulatedException.of("AssertionError", "Tried to start an already running LoopingCall.");
        }
        this.interval = interval;
        running = true;
        deferred = deferreds.create(deferredName, name + ".start");
        Deferred started = deferred;
        startTime = reactor.seconds();
        if (now) {
            invoke();
        } else {
            scheduleFrom(startTime);
        }
        return started;
    }

    /**
     * Stops the loop; the Deferred from {@code start} fires with the LoopingCall (at once, or, when
     * the function itself calls {@code stop}, as soon as it returns).
     *
     * @throws SimulatedException {@code AssertionError} if it is not running
     */
    public void stop() {
        if (!running) {
            throw SimulatedException.of("AssertionError", "Tried to stop a LoopingCall that was not running.");
        }
        running = false;
        if (call != null) {
            call.cancel();
            call = null;
            Deferred d = deferred;
            deferred = null;
            deferreds.fire(d, Value.text(toString()));
        }
    }

    private void invoke() {
        call = null;
        try {
            function.run();
        } catch (SimulatedException raised) {
            running = false;
            Deferred d = deferred;
            deferred = null;
            deferreds.fire(d, raised.toFailure());
            return;
        }
        if (running) {
            scheduleFrom(reactor.seconds());
        } else {
            Deferred d = deferred;
            deferred = null;
            deferreds.fire(d, Value.text(toString()));
        }
    }

    /** Twisted's {@code _scheduleFrom}: due at the next whole multiple of the interval after {@code when}. */
    private void scheduleFrom(Time when) {
        Time delay;
        if (interval.equals(Time.ZERO)) {
            delay = Time.ZERO;
        } else {
            long runningFor = when.minus(startTime).nanos();
            delay = Time.ofNanos(interval.nanos() - runningFor % interval.nanos());
        }
        call = reactor.callLater(delay, name + "()", this::invoke);
    }

    /** Twisted's repr: {@code LoopingCall<1>(count, *(), **{})}. */
    @Override
    public String toString() {
        return "LoopingCall<" + (interval == null ? "None" : interval) + ">(" + functionName + ", *" + argsRepr
                + ", **{})";
    }
}
