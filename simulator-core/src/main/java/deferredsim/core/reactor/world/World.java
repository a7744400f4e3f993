package deferredsim.core.reactor.world;

import deferredsim.core.clock.VirtualClock;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated machine of the reactor model: one {@link VirtualClock}, one list of recorded
 * events, and the {@link Process}es that run on them (servers, clients, programs, schedulers).
 *
 * <p>Exactly one thing runs at a time: either the clock, running a due call, or one process,
 * running its own code until it sleeps, waits or ends. A process that sleeps or waits hands control
 * back; the clock resumes it with a call scheduled for that purpose. Everything is deterministic:
 * the same processes with the same clock calls give the same recording, and nothing reads the wall
 * clock.
 *
 * <p>Create one with {@link #create()}, {@link #spawn} processes, {@link #run(Time)} it, and take
 * the {@link #recording()}. Not for use from several threads of one's own: the world hands its
 * single baton between its process threads itself.
 */
public final class World {
    /* Overview: each process runs on its own Java thread, but the threads strictly take turns
     * (Process.resume waits until the process parks or ends), so the model is single-threaded in
     * effect and the semaphores give the happens-before edges. The clock's calls always run on the
     * thread that called run(). */

    private final VirtualClock clock = VirtualClock.create();
    private final List<SimEvent> events = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> waiting = new ArrayList<>();
    private final List<Runnable> endHooks = new ArrayList<>();
    private Process current;
    private boolean limitReached;

    private World() {}

    /** An empty world at time 0. */
    public static World create() {
        return new World();
    }

    /** The world's clock: what servers and wake-ups are scheduled on. */
    public VirtualClock clock() {
        return clock;
    }

    /** The current virtual time. */
    public Time now() {
        return clock.now();
    }

    /** The process whose turn it is, or null while the clock runs one of its own calls. */
    public Process current() {
        return current;
    }

    /** Appends {@code event} to the recording. */
    public void record(SimEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    /** The events recorded so far, in order (a read-only view). */
    public List<SimEvent> events() {
        return java.util.Collections.unmodifiableList(events);
    }

    /**
     * Creates a process named {@code who} that starts running {@code body} at time {@code at}.
     *
     * @return the process; it has not started yet
     */
    public Process spawn(String who, Time at, ProcessBody body) {
        Process process = new Process(this, who, body);
        processes.add(process);
        clock.callLater(at.minus(now()), "start " + who, process::resume);
        return process;
    }

    /**
     * Says that something a waiting process may be waiting for has changed (bytes arrived, a
     * connection closed): every process whose condition now holds is resumed, in the order they
     * started waiting, once the current clock call or process turn ends.
     */
    public void changed() {
        for (Process process : List.copyOf(waiting)) {
            process.recheck();
        }
    }

    /**
     * Runs the clock call by call until nothing is scheduled or the next call is due after {@code
     * limit}. Processes still waiting afterwards (a reactor idle in {@code select}, a client blocked
     * forever) stay parked until {@link #shutdown()}.
     *
     * @return true when the run stopped at the limit with calls still scheduled
     * @throws IllegalStateException when a process failed with an unexpected Java exception (a bug
     *     in the model, not in the simulated program); all processes are shut down first
     */
    public boolean run(Time limit) {
        try {
            while (true) {
                Optional<Time> next = clock.nextCallTime();
                if (next.isEmpty()) {
                    return false;
                }
                if (limit.isBefore(next.get())) {
                    limitReached = true;
                    return true;
                }
                clock.advance(next.get().minus(clock.now()));
            }
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
     * Registers {@code hook} to run at {@link #end()}, before the processes are shut down: a reactor
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

    /** Ends every process still parked: their threads unwind without running any more model code. */
    public void shutdown() {
        for (Process process : processes) {
            process.kill();
        }
    }

    /** Everything recorded, as an immutable recording. */
    public Recording recording() {
        return Recording.of(new ArrayList<>(events));
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
