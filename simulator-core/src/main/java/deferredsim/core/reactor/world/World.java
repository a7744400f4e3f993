package deferredsim.core.reactor.world;

import deferredsim.core.clock.VirtualClock;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.RunLimitException;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The simulated machine of the reactor model: one {@link VirtualClock}, one list of recorded
 * events, and the {@link Process}es that run on them (servers, clients, programs, schedulers).
 *
 * <p>Exactly one thing runs at a time: one turn of one process, started by a call on the clock.
 * A process that sleeps or waits hands a continuation to the clock and its turn ends; the clock
 * runs that continuation when the process may go on. Only code that blocks deep inside the
 * simulated program's callbacks ({@code time.sleep} in a callback) keeps its Java stack: it
 * {@linkplain Process#hold holds} its thread and drives the clock itself until it may go on, so
 * the rest of the world runs meanwhile. Everything is deterministic: the same processes with the
 * same clock calls give the same recording, nothing reads the wall clock, and no thread is started.
 *
 * <p>Create one with {@link #create()}, {@link #spawn} processes, {@link #run(Time)} it, {@link
 * #end()} it, and take the {@link #recording()}. Not for use from several threads.
 */
public final class World {
    /* Overview: run() and hold() share one loop, drive(): run the earliest clock call, one at a
     * time, until a stop condition holds, nothing is scheduled, or the next call is due after the
     * limit. A holder's drive() that finds the run over throws RunOver, which unwinds the holder's
     * stack to the turn that started it; the outer run() then finds the same end and returns. */

    private final VirtualClock clock = VirtualClock.create();
    private final RunLimits limits;
    private final List<SimEvent> events = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> waiting = new ArrayList<>();
    private final List<Runnable> endHooks = new ArrayList<>();
    private final List<java.util.function.Consumer<SimEvent>> watchers = new ArrayList<>();
    private Process current;
    private Process holder;
    private Time limit = Time.ZERO;
    private boolean limitReached;
    private boolean stopped;

    /** How a {@link #drive} ended. */
    private enum End {
        STOPPED,
        IDLE,
        LIMIT
    }

    private World(RunLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** An empty world at time 0, with the limits the system properties set ({@link RunLimits#fromSystemProperties()}). */
    public static World create() {
        return new World(RunLimits.fromSystemProperties());
    }

    /** An empty world at time 0 with {@code limits}. */
    public static World create(RunLimits limits) {
        return new World(limits);
    }

    /** The world's clock: what process turns and wake-ups are scheduled on. */
    public VirtualClock clock() {
        return clock;
    }

    /** The current virtual time. */
    public Time now() {
        return clock.now();
    }

    /** The process whose turn it is, or null between turns. */
    public Process current() {
        return current;
    }

    /**
     * Appends {@code event} to the recording.
     *
     * @throws RunLimitException when this event is one more than the limits allow ({@link
     *     RunLimits#maxEvents()}): the run is over, and the exception holds the events so far; events
     *     recorded after that (the end of the recording) are appended without a check
     */
    public void record(SimEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
        watchers.forEach(watcher -> watcher.accept(event));
        if (events.size() > limits.maxEvents() && !stopped) {
            stopped = true;
            throw new RunLimitException("events", limits.eventsMessage(), recording());
        }
    }

    /**
     * Calls {@code watcher} with every event recorded from now on, just after it is appended (and
     * before a limit is checked), in order. A watcher looks (at the processes, say); it does not
     * record or run anything itself.
     */
    public void watch(java.util.function.Consumer<SimEvent> watcher) {
        watchers.add(Objects.requireNonNull(watcher, "watcher"));
    }

    /** The events recorded so far, in order (a read-only view). */
    public List<SimEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /**
     * Creates a process named {@code who} whose first turn runs {@code body} at time {@code at}.
     *
     * @return the process; it has not started yet
     */
    public Process spawn(String who, Time at, ProcessBody body) {
        Process process = new Process(this, who);
        processes.add(process);
        clock.callLater(at.minus(now()), "start " + who, () -> process.resume(() -> body.start(process)));
        return process;
    }

    /**
     * Says that something a waiting process may be waiting for has changed (bytes arrived, a
     * connection closed): every process whose condition now holds goes on, in the order they
     * started waiting, once the current turn ends.
     */
    public void changed() {
        for (Process process : List.copyOf(waiting)) {
            process.recheck();
        }
    }

    /**
     * Runs the clock call by call until nothing is scheduled or the next call is due after {@code
     * limit}. Processes still waiting afterwards (a reactor idle in {@code select}, a client blocked
     * for ever) stay so until {@link #end()}.
     *
     * @return true when the run stopped at the limit with calls still scheduled
     * @throws IllegalStateException when a process failed with an unexpected Java exception (a bug
     *     in the model, not in the simulated program); every process is finished first
     */
    public boolean run(Time limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
        try {
            return drive(() -> false) == End.LIMIT;
        } catch (RuntimeException | Error broken) {
            shutdown();
            throw broken;
        }
    }

    /** True when the last {@link #run(Time)} stopped at its limit. */
    public boolean limitReached() {
        return limitReached;
    }

    /** The processes spawned, in spawning order. */
    public List<Process> processes() {
        return List.copyOf(processes);
    }

    /**
     * Registers {@code hook} to run at {@link #end()}, before the processes are finished: a reactor
     * records there that it is idle for ever.
     */
    public void atEnd(Runnable hook) {
        endHooks.add(hook);
    }

    /** Runs the {@link #atEnd} hooks in registration order, then {@link #shutdown()}s. */
    public void end() {
        try {
            endHooks.forEach(Runnable::run);
        } finally {
            shutdown();
        }
    }

    /**
     * Finishes every process: none of them runs any more model code. Events recorded afterwards
     * (the end of the recording) are not counted against the limits.
     */
    public void shutdown() {
        stopped = true;
        for (Process process : processes) {
            process.finish();
        }
    }

    /** Everything recorded, as an immutable recording. */
    public Recording recording() {
        return Recording.of(new ArrayList<>(events));
    }

    /**
     * Runs the world while {@code holder}, in its turn, holds its thread for {@code duration}, then
     * returns to it. Only one process may hold at a time: the others must be between turns.
     *
     * @throws RunOver when the run ends (time limit) before the hold does
     * @throws IllegalStateException when another process holds its thread already
     */
    void hold(Process holder, Time duration) {
        if (this.holder != null) {
            throw new IllegalStateException("process '" + holder.who() + "' would hold its thread while '"
                    + this.holder.who() + "' holds its own: only one process may block inside its callbacks");
        }
        boolean[] over = {false};
        clock.callLater(duration, "wake " + holder.who(), () -> over[0] = true);
        this.holder = holder;
        try {
            if (drive(() -> over[0]) != End.STOPPED) {
                throw new RunOver();
            }
        } finally {
            this.holder = null;
            current = holder;
        }
    }

    /** Runs clock calls one at a time until {@code stop} holds or the run is over. */
    private End drive(BooleanSupplier stop) {
        while (!stop.getAsBoolean()) {
            Optional<Time> next = clock.nextCallTime();
            if (next.isEmpty()) {
                return End.IDLE;
            }
            if (limit.isBefore(next.get())) {
                limitReached = true;
                return End.LIMIT;
            }
            clock.runNext();
        }
        return End.STOPPED;
    }

    void setCurrent(Process process) {
        current = process;
    }

    void startedWaiting(Process process) {
        waiting.add(process);
    }

    void stoppedWaiting(Process process) {
        waiting.remove(process);
    }
}
