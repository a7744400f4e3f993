package deferredsim.core.reactor.world;

import deferredsim.core.clock.ScheduledCall;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.recording.RunLimitException;
import deferredsim.core.time.Time;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One simulated process: a server, a client program, a scheduler of Part 1. It runs in turns on its
 * world's clock: its {@link ProcessBody} is the first turn; a turn that ends by {@link #sleep}ing
 * (CPU work, a server's pause) or {@link #waitUntil waiting} (blocked in {@code recv} or {@code
 * select}) leaves a continuation that the clock runs as the next turn, while the rest of the world
 * goes on. A turn that leaves no continuation ends the process. Code that must block deep inside
 * the simulated program's callbacks, with its whole call stack kept, {@link #hold}s the thread
 * instead.
 *
 * <p>It also keeps the call stack of the simulated program ({@link #enter}, {@link #leave}, {@link
 * #stack()}), so views can show the frames from the reactor down to a callback; the frames stay
 * between turns.
 *
 * <p>Get one from {@link World#spawn}.
 */
public final class Process {
    /* Overview: resume() runs one turn as a trampoline: a continuation that may run at once (a
     * zero sleep, a condition that already holds) is run by the loop, not by recursion, so a
     * process that goes on at once a million times uses no stack. `wakes` are the clock calls that
     * may end the current wait; the first one to run cancels the others. */

    private final World world;
    private final String who;
    private final Deque<String> frames = new ArrayDeque<>();
    private final List<ScheduledCall> wakes = new ArrayList<>();
    private BooleanSupplier condition;
    private Runnable onReady;
    private Runnable immediate;
    private boolean inTurn;
    private boolean finished;

    Process(World world, String who) {
        this.world = world;
        this.who = Objects.requireNonNull(who, "who");
    }

    /** The process's name, as events give it ({@code who}). */
    public String who() {
        return who;
    }

    /** The world it runs in. */
    public World world() {
        return world;
    }

    /** The current virtual time. */
    public Time now() {
        return world.now();
    }

    /** True once a turn ended without a continuation, or the world finished the process. */
    public boolean isFinished() {
        return finished;
    }

    /**
     * Ends this turn and goes on with {@code then} after {@code duration}: the process does nothing
     * else meanwhile, while servers, other processes and the network go on. With a zero duration
     * {@code then} runs at once, in this turn. Must be the last thing the turn does.
     *
     * @throws IllegalStateException when it is not this process's turn, or the turn already left a
     *     continuation
     */
    public void sleep(Time duration, Runnable then) {
        expectFreeTurn("sleep");
        Objects.requireNonNull(then, "then");
        if (duration.equals(Time.ZERO)) {
            immediate = then;
            return;
        }
        wakes.add(world.clock().callLater(duration, "wake " + who, () -> resume(then)));
    }

    /**
     * Ends this turn and goes on with {@code then} as soon as {@code ready} holds or, when {@code
     * deadline} is not null, at that time ({@code then} may check {@code ready} again to tell
     * which). {@code ready} is checked now, and again each time the world says something {@link
     * World#changed()}; when it holds now (or the deadline has passed), {@code then} runs at once, in
     * this turn. Must be the last thing the turn does.
     *
     * @throws IllegalStateException as for {@link #sleep}
     */
    public void waitUntil(BooleanSupplier ready, Time deadline, Runnable then) {
        expectFreeTurn("wait");
        Objects.requireNonNull(then, "then");
        if (ready.getAsBoolean() || (deadline != null && !now().isBefore(deadline))) {
            immediate = then;
            return;
        }
        condition = ready;
        onReady = then;
        world.startedWaiting(this);
        if (deadline != null) {
            wakes.add(world.clock().callLater(deadline.minus(now()), "timeout " + who, () -> resume(then)));
        }
    }

    /**
     * Holds the thread for {@code duration} without ending the turn: the caller's Java stack stays
     * as it is (for {@code time.sleep} deep inside a callback) while the world runs on, and this
     * returns when the time is up. Nothing else of this process runs meanwhile. Returns at once for
     * a zero duration.
     *
     * @throws IllegalStateException when it is not this process's turn, or another process holds
     *     its thread already (only the scenario's program blocks inside callbacks)
     */
    public void hold(Time duration) {
        expectTurn("hold its thread");
        if (!duration.equals(Time.ZERO)) {
            world.hold(this, duration);
        }
    }

    /**
     * Records that the simulated program called {@code function} with {@code args} (rendered), with
     * the current call stack.
     */
    public void recordCall(String function, List<String> args) {
        world.record(new ProcessEvents.Called(now(), who, function, args, stack()));
    }

    /** Records a call of {@code function} with {@code args} and runs {@code body} inside its frame. */
    public void call(String function, List<String> args, Runnable body) {
        recordCall(function, args);
        inFrame(function, body);
    }

    /** Records a line this process prints to standard output. */
    public void print(String line) {
        world.record(new ProcessEvents.Printed(now(), who, line, false));
    }

    /** Records that this process ended normally. */
    public void exited() {
        world.record(new ProcessEvents.Exited(now(), who));
    }

    /** Records that this process crashed with {@code error} ({@code Type: message}). */
    public void crashed(String error) {
        world.record(new ProcessEvents.Crashed(now(), who, error));
    }

    /** Pushes a frame on the simulated program's call stack: "reactor.run", "got_poem". */
    public void enter(String frame) {
        frames.addLast(frame);
    }

    /** Pops the innermost frame. */
    public void leave() {
        frames.removeLast();
    }

    /** The number of frames on the simulated call stack. */
    public int depth() {
        return frames.size();
    }

    /** Runs {@code body} inside the frame {@code frame}. */
    public void inFrame(String frame, Runnable body) {
        enter(frame);
        try {
            body.run();
        } finally {
            leave();
        }
    }

    /** Runs {@code body} inside the frame {@code frame} and returns what it returns. */
    public <T> T inFrame(String frame, Supplier<T> body) {
        enter(frame);
        try {
            return body.get();
        } finally {
            leave();
        }
    }

    /** The simulated call stack, outermost frame first. */
    public List<String> stack() {
        return List.copyOf(frames);
    }

    /** Called by the world when something changed: schedules the next turn if the condition now holds. */
    void recheck() {
        if (condition != null
                && condition.getAsBoolean()
                && wakes.stream().noneMatch(w -> w.active() && w.time().equals(now()))) {
            Runnable then = onReady;
            wakes.add(world.clock().callLater(Time.ZERO, "ready " + who, () -> resume(then)));
        }
    }

    /**
     * Runs one turn, starting with {@code step}: ends the current wait, then runs {@code step} and
     * every continuation it leaves for at once. Runs on a clock call.
     */
    void resume(Runnable step) {
        if (finished) {
            return;
        }
        endWait();
        Process previous = world.current();
        world.setCurrent(this);
        inTurn = true;
        try {
            Runnable next = step;
            while (next != null) {
                immediate = null;
                next.run();
                next = immediate;
            }
            finished = wakes.isEmpty() && condition == null;
        } catch (RunOver over) {
            finished = true; // the run ended while this process held its thread
        } catch (ProcessFailure | RunLimitException ended) {
            finished = true;
            throw ended;
        } catch (RuntimeException | Error broken) {
            finished = true;
            throw new ProcessFailure(who, broken);
        } finally {
            inTurn = false;
            immediate = null;
            world.setCurrent(previous);
        }
    }

    /** Ends the process where it is: it never runs again. */
    void finish() {
        endWait();
        finished = true;
    }

    private void endWait() {
        for (ScheduledCall wake : wakes) {
            if (wake.active()) {
                wake.cancel();
            }
        }
        wakes.clear();
        if (condition != null) {
            condition = null;
            onReady = null;
            world.stoppedWaiting(this);
        }
    }

    private void expectTurn(String what) {
        if (!inTurn || world.current() != this) {
            throw new IllegalStateException("process '" + who + "' cannot " + what + " outside its own turn");
        }
    }

    private void expectFreeTurn(String what) {
        expectTurn(what);
        if (immediate != null || !wakes.isEmpty() || condition != null) {
            throw new IllegalStateException(
                    "process '" + who + "' cannot " + what + ": its turn already waits for something else");
        }
    }

    /** A process failed with a Java exception: a bug in the model, named after the process. */
    static final class ProcessFailure extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ProcessFailure(String who, Throwable cause) {
            super("process '" + who + "' failed: " + cause, cause);
        }
    }
}
