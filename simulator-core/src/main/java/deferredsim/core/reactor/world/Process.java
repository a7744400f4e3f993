package deferredsim.core.reactor.world;

import deferredsim.core.clock.DelayedCall;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.time.Time;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One simulated process with one thread: a server, a client program, a scheduler of Part 1. It
 * runs its {@link ProcessBody} from its start time; while it {@link #sleep}s (holding its thread:
 * {@code time.sleep}, CPU work) or {@link #waitUntil}s (blocked in {@code recv} or {@code select}),
 * the rest of the world goes on, and nothing else of this process runs.
 *
 * <p>It also keeps the call stack of the simulated program ({@link #enter}, {@link #leave}, {@link
 * #stack()}), so views can show the frames from the reactor down to a callback.
 *
 * <p>Get one from {@link World#spawn}.
 */
public final class Process {
    private static final long STACK_BYTES = 64L << 20;

    private final World world;
    private final String who;
    private final ProcessBody body;
    private final Semaphore mayRun = new Semaphore(0);
    private final Semaphore handedBack = new Semaphore(0);
    private final Deque<String> frames = new ArrayDeque<>();
    private final List<DelayedCall> wakes = new ArrayList<>();
    private Thread thread;
    private BooleanSupplier condition;
    private boolean finished;
    private boolean killed;
    private Throwable failure;

    Process(World world, String who, ProcessBody body) {
        this.world = world;
        this.who = Objects.requireNonNull(who, "who");
        this.body = Objects.requireNonNull(body, "body");
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

    /** True once its body has returned (or thrown, or the world shut it down). */
    public boolean isFinished() {
        return finished;
    }

    /**
     * Holds the thread for {@code duration}: the process does nothing else meanwhile, while servers,
     * other processes and the network go on. Returns at once for a zero duration.
     *
     * <p>Must be called from the process's own code.
     */
    public void sleep(Time duration) {
        if (duration.equals(Time.ZERO)) {
            return;
        }
        wakes.add(world.clock().callLater(duration, "wake " + who, this::resume));
        park();
    }

    /**
     * Blocks until {@code ready} holds or, when {@code deadline} is not null, until that time.
     * {@code ready} is checked now, and again each time the world says something {@link
     * World#changed()}.
     *
     * @return whether {@code ready} holds on return (false: the deadline came first)
     */
    public boolean waitUntil(BooleanSupplier ready, Time deadline) {
        if (ready.getAsBoolean()) {
            return true;
        }
        if (deadline != null && !now().isBefore(deadline)) {
            return false;
        }
        condition = ready;
        world.startedWaiting(this);
        if (deadline != null) {
            wakes.add(world.clock().callLater(deadline.minus(now()), "timeout " + who, this::resume));
        }
        try {
            park();
        } finally {
            condition = null;
            world.stoppedWaiting(this);
        }
        return ready.getAsBoolean();
    }

    /**
     * Ends this process here and now: its code unwinds without running further. For a runaway
     * process (a reactor that would loop for ever at one instant). Call from the process's own code.
     */
    public void halt() {
        throw new ProcessKilled();
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

    /** Pushes a frame on the simulated program's call stack: "reactor.run", "got_poem". */
    public void enter(String frame) {
        frames.addLast(frame);
    }

    /** Pops the innermost frame. */
    public void leave() {
        frames.removeLast();
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

    /** Called by the world when something changed: schedules a resume if the condition now holds. */
    void recheck() {
        if (condition != null
                && condition.getAsBoolean()
                && wakes.stream().noneMatch(w -> w.active() && w.time().equals(now()))) {
            wakes.add(world.clock().callLater(Time.ZERO, "ready " + who, this::resume));
        }
    }

    /** Gives the baton to the process until it parks or ends. Runs on the clock's thread. */
    void resume() {
        if (finished) {
            return;
        }
        world.setCurrent(this);
        if (thread == null) {
            thread = new Thread(null, this::main, "process " + who, STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
        } else {
            mayRun.release();
        }
        handedBack.acquireUninterruptibly();
        world.setCurrent(null);
        if (failure != null) {
            throw new IllegalStateException("process '" + who + "' failed: " + failure, failure);
        }
    }

    /** Ends the process if it is parked: its thread unwinds. */
    void kill() {
        if (thread == null || finished) {
            return;
        }
        killed = true;
        mayRun.release();
        handedBack.acquireUninterruptibly();
    }

    private void main() {
        try {
            body.run(this);
        } catch (ProcessKilled ended) {
            // the world shut down while this process was parked
        } catch (Throwable broken) {
            failure = broken;
        } finally {
            finished = true;
            cancelWakes();
            handedBack.release();
        }
    }

    private void park() {
        handedBack.release();
        mayRun.acquireUninterruptibly();
        if (killed) {
            throw new ProcessKilled();
        }
        cancelWakes();
    }

    private void cancelWakes() {
        for (DelayedCall wake : wakes) {
            if (wake.active()) {
                wake.cancel();
            }
        }
        wakes.clear();
    }
}
