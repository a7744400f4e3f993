package deferredsim.core.reactor;

import deferredsim.core.engine.AlreadyCalledError;
import deferredsim.core.engine.Callback;
import deferredsim.core.engine.Deferred;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.reactor.event.ReactorPhase;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Twisted's reactor, on one simulated {@link Process}: the single thread that runs the loop and
 * every callback. It follows {@code twisted.internet.base.ReactorBase} (Twisted 22.4):
 *
 * <ul>
 *   <li>{@link #run(Runnable)} starts it once: the startup triggers ({@link #callWhenRunning}) run
 *       in registration order, then the loop. When the loop ends, the code after {@code
 *       reactor.run()} goes on (the continuation given to {@code run}). Running it again raises
 *       {@link ReactorNotRestartable}; running it from inside raises {@link ReactorAlreadyRunning}.
 *   <li>One iteration: run the timed calls due at the start of the pass (calls scheduled during the
 *       pass wait for the next one, even with delay 0; ties run in scheduling order, as {@code
 *       task.Clock} does), then wait in {@code select} until a descriptor is ready or the earliest
 *       timed call is due (no timers and nothing ready: wait for ever), then call {@code doRead} on
 *       each readable descriptor and {@code doWrite} on each writable one.
 *   <li>{@link #stop()} (else {@link ReactorNotRunning}) lets the current pass finish; the next
 *       timed-call pass fires the shutdown event: first the "before shutdown" triggers ({@link
 *       #addBeforeShutdownTrigger}); when every Deferred they returned has fired (at once when
 *       there are none), the loop disconnects every descriptor left ({@code
 *       connectionLost(ConnectionLost)}) and ends after one last zero-timeout {@code select}.
 *       While those Deferreds are pending the loop goes on as before: timed calls run and
 *       connections are served.
 *   <li>An exception that escapes a callback the reactor made is logged ("Unhandled Error") and
 *       the loop goes on; an exception from {@code doRead}/{@code doWrite} also disconnects that
 *       descriptor.
 *   <li>A reactor that iterates more than 10,000 times at one instant (a LoopingCall with interval
 *       0, a call that reschedules itself with delay 0) is stopped as a runaway: it records a
 *       {@code limit} event and its process ends.
 *   <li>Nothing preempts a callback: while one holds the thread ({@link Process#hold}, or a {@code
 *       doRead} that blocks), timed calls that come due run late, after it returns.
 * </ul>
 *
 * <p>Create one with {@link #create(Process)} for the process that will call {@link #run(Runnable)}.
 */
public final class Reactor {
    /* Overview: the loop is a state machine on its process's turns. loop() runs iterations until
     * it must wait in select (it leaves afterSelect as the process's continuation and returns) or
     * the reactor stopped (finish() runs the code after reactor.run()). A select that returns
     * queues the ready descriptors in `dispatching`; a doRead that blocks leaves its own
     * continuation, and the rest of the queue is dispatched after it. pending holds the timed calls
     * known to the loop; calls scheduled since the last pass wait in newCalls (Twisted's
     * _newTimedCalls) and join at the start of the next pass. */

    /** Iterations at one instant after which a reactor is taken to loop there for ever (a 0-interval loop). */
    static final int MAX_ITERATIONS_AT_ONE_INSTANT = 10_000;

    private final Process process;
    private final PriorityQueue<DelayedCall> pending =
            new PriorityQueue<>(Comparator.comparing(DelayedCall::time).thenComparingLong(DelayedCall::sequence));
    private final List<DelayedCall> newCalls = new ArrayList<>();
    private final List<Trigger> startupTriggers = new ArrayList<>();
    private final Set<ReadDescriptor> readers = new LinkedHashSet<>();
    private final Set<WriteDescriptor> writers = new LinkedHashSet<>();
    private final ArrayDeque<Dispatch> dispatching = new ArrayDeque<>();
    private ReactorState state = ReactorState.NOT_STARTED;
    private Runnable whenStopped;
    private boolean stopping;
    private boolean shutdownFired;
    private boolean started;
    private final List<ShutdownTrigger> beforeShutdown = new ArrayList<>();
    private long nextSequence;
    private int nextId = 1;
    private int iterations;
    private int iterationsAtThisInstant;
    private Time lastIteration;

    private record Trigger(String description, Runnable action) {}

    private record ShutdownTrigger(String description, Supplier<Deferred> action) {}

    /** One {@code doRead} or {@code doWrite} that a {@code select} found ready. */
    private record Dispatch(FileDescriptor descriptor, boolean read) {}

    private Reactor(Process process) {
        this.process = process;
        process.world().atEnd(() -> {
            if (state == ReactorState.RUNNING && !process.world().limitReached()) {
                record(new ReactorEvents.StateChanged(seconds(), process.who(), ReactorPhase.IDLE_FOREVER));
            }
        });
    }

    /**
     * A reactor, not started, that runs on {@code process}'s turns. If it is still running when its
     * world {@linkplain deferredsim.core.reactor.world.World#end() ends} (and not because of the time
     * limit), it records that it waits in {@code select} for ever.
     */
    public static Reactor create(Process process) {
        return new Reactor(process);
    }

    /** The process whose thread runs the loop and every callback. */
    public Process process() {
        return process;
    }

    /** Not started, running, or stopped. */
    public ReactorState state() {
        return state;
    }

    /** True between {@link #stop()} and the end of the loop. */
    public boolean isStopping() {
        return stopping;
    }

    /** The current virtual time ({@code seconds()}). */
    public Time seconds() {
        return process.now();
    }

    /**
     * Calls {@code f} once the reactor runs: before {@link #run(Runnable)}, as a startup trigger
     * (they run in registration order when it starts); while running, at once, before returning (an
     * exception from {@code f} then reaches the caller). After the reactor stopped it is never
     * called.
     */
    public void callWhenRunning(String description, Runnable f) {
        if (state == ReactorState.RUNNING) {
            f.run();
            return;
        }
        startupTriggers.add(new Trigger(description, f));
        record(new ReactorEvents.TriggerAdded(seconds(), process.who(), description));
    }

    /**
     * Schedules {@code f} to run {@code delay} from now, in the first timed-call pass at or after
     * that time.
     *
     * @return the delayed call, active until it runs or is cancelled
     */
    public DelayedCall callLater(Time delay, String description, Runnable f) {
        DelayedCall call = new DelayedCall(this, nextId++, seconds().plus(delay), nextSequence++, description, f);
        newCalls.add(call);
        record(new ReactorEvents.TimerScheduled(seconds(), process.who(), call.id(), call.time(), description));
        return call;
    }

    /** The delayed calls that have neither run nor been cancelled, earliest first ({@code getDelayedCalls}). */
    public List<DelayedCall> getDelayedCalls() {
        List<DelayedCall> calls = new ArrayList<>(pending);
        calls.addAll(newCalls);
        calls.sort(pending.comparator());
        return calls;
    }

    /**
     * Runs the reactor: fires the startup triggers, then loops until stopped, and then runs {@code
     * whenStopped}, the code after {@code reactor.run()}. The loop waits for {@code select} as its
     * process's continuation, so this returns when the loop first waits (or has ended); the calling
     * turn must end right after it. Meanwhile the process does nothing but the loop.
     *
     * @throws ReactorAlreadyRunning if it is running
     * @throws ReactorNotRestartable if it ran before
     */
    public void run(Runnable whenStopped) {
        if (started) {
            throw new ReactorAlreadyRunning();
        }
        if (state == ReactorState.STOPPED) {
            throw new ReactorNotRestartable();
        }
        this.whenStopped = Objects.requireNonNull(whenStopped, "whenStopped");
        started = true;
        state = ReactorState.RUNNING;
        record(new ReactorEvents.StateChanged(seconds(), process.who(), ReactorPhase.RUNNING));
        process.enter("reactor.run");
        List<Trigger> triggers = List.copyOf(startupTriggers);
        startupTriggers.clear();
        for (Trigger trigger : triggers) {
            process.inFrame("startup", () -> callLogged(trigger.description(), trigger.action()));
        }
        loop();
    }

    /**
     * Stops the reactor: the loop ends after its next timed-call pass.
     *
     * @throws ReactorNotRunning if it is not running, or already stopping
     */
    public void stop() {
        if (state != ReactorState.RUNNING || stopping) {
            throw new ReactorNotRunning();
        }
        stopping = true;
        record(new ReactorEvents.StateChanged(seconds(), process.who(), ReactorPhase.STOPPING));
    }

    /**
     * {@code addSystemEventTrigger("before", "shutdown", f)}: after {@link #stop()}, the next
     * timed-call pass calls {@code f} (in registration order with the others); if it returns a
     * Deferred (not null), the reactor goes on running until that Deferred has fired, and only then
     * disconnects everything and ends the loop. An exception from {@code f} is logged and does not
     * hold the shutdown.
     */
    public void addBeforeShutdownTrigger(String description, Supplier<Deferred> f) {
        beforeShutdown.add(new ShutdownTrigger(description, f));
    }

    /** Watches {@code reader}: {@code doRead} is called whenever it is readable. */
    public void addReader(ReadDescriptor reader) {
        readers.add(reader);
    }

    /** Stops watching {@code reader} for reading. */
    public void removeReader(ReadDescriptor reader) {
        readers.remove(reader);
    }

    /** Watches {@code writer}: {@code doWrite} is called in every iteration (simulated sockets are always writable). */
    public void addWriter(WriteDescriptor writer) {
        writers.add(writer);
    }

    /** Stops watching {@code writer}. */
    public void removeWriter(WriteDescriptor writer) {
        writers.remove(writer);
    }

    /** The readers watched, in registration order. */
    public List<ReadDescriptor> getReaders() {
        return List.copyOf(readers);
    }

    /** The writers watched, in registration order. */
    public List<WriteDescriptor> getWriters() {
        return List.copyOf(writers);
    }

    /**
     * Runs {@code callback} as the reactor runs its callbacks: an exception of the simulated
     * program that escapes it is logged as "Unhandled Error" with {@code during} named, and not
     * rethrown.
     *
     * @return the exception logged, or null
     */
    public SimulatedException callLogged(String during, Runnable callback) {
        try {
            callback.run();
            return null;
        } catch (SimulatedException raised) {
            record(new ReactorEvents.ErrorLogged(seconds(), process.who(), raised.render(), during));
            return raised;
        } catch (AlreadyCalledError raised) {
            SimulatedException error = SimulatedException.of("AlreadyCalledError", "");
            record(new ReactorEvents.ErrorLogged(seconds(), process.who(), error.render(), during));
            return error;
        }
    }

    void cancelled(DelayedCall call) {
        pending.remove(call);
        newCalls.remove(call);
        record(new ReactorEvents.TimerCancelled(seconds(), process.who(), call.id(), call.description()));
    }

    void moved(DelayedCall call, Time due) {
        boolean waiting = pending.remove(call);
        call.moveTo(due, call.sequence());
        if (waiting) {
            pending.add(call);
        }
    }

    /** Runs iterations until the loop must wait in {@code select} (it then goes on in a later turn) or ends. */
    private void loop() {
        while (started) {
            iterations++;
            iterationsAtThisInstant = seconds().equals(lastIteration) ? iterationsAtThisInstant + 1 : 0;
            lastIteration = seconds();
            if (iterationsAtThisInstant > MAX_ITERATIONS_AT_ONE_INSTANT) {
                record(new ProcessEvents.LimitReached(seconds(), process.who()));
                return; // a runaway: the process ends here, leaving no continuation
            }
            process.inFrame("runUntilCurrent", this::runUntilCurrent);
            Time timeout = started ? timeout() : Time.ZERO;
            if (!anyReady() && (timeout == null || !timeout.equals(Time.ZERO))) {
                process.waitUntil(
                        this::anyReady, timeout == null ? null : seconds().plus(timeout), this::afterSelect);
                return;
            }
            if (!dispatchReady()) {
                return;
            }
        }
        finish();
    }

    private void afterSelect() {
        if (dispatchReady()) {
            loop();
        }
    }

    private void finish() {
        process.leave();
        state = ReactorState.STOPPED;
        stopping = false;
        record(new ReactorEvents.StateChanged(seconds(), process.who(), ReactorPhase.STOPPED));
        whenStopped.run();
    }

    private void runUntilCurrent() {
        pending.addAll(newCalls);
        newCalls.clear();
        Time now = seconds();
        while (!pending.isEmpty() && !now.isBefore(pending.peek().time())) {
            DelayedCall call = pending.poll();
            call.markCalled();
            record(new ReactorEvents.TimerRan(seconds(), process.who(), call.id(), call.time(), call.description()));
            callLogged(call.description(), call.action());
        }
        if (stopping && !shutdownFired) {
            shutdownFired = true;
            fireShutdown();
        }
    }

    /**
     * The "shutdown" system event: the before triggers, then, once every Deferred they returned
     * has fired (Twisted waits on a {@code DeferredList} of them, which passes their results on),
     * the during phase.
     */
    private void fireShutdown() {
        List<Deferred> waits = new ArrayList<>();
        for (ShutdownTrigger trigger : beforeShutdown) {
            Deferred[] result = new Deferred[1];
            callLogged(trigger.description(), () -> result[0] = trigger.action().get());
            if (result[0] != null) {
                waits.add(result[0]);
            }
        }
        if (waits.isEmpty()) {
            shutdown();
            return;
        }
        int[] left = {waits.size()};
        Callback fired = result -> {
            if (--left[0] == 0) {
                shutdown();
            }
            return result;
        };
        for (Deferred wait : waits) {
            wait.addCallbacks(fired, fired);
        }
    }

    private void shutdown() {
        started = false;
        List<FileDescriptor> left = new ArrayList<>(readers);
        writers.stream().filter(w -> !left.contains(w)).forEach(left::add);
        readers.clear();
        writers.clear();
        for (FileDescriptor descriptor : left) {
            callLogged(
                    "connectionLost " + descriptor.logPrefix(),
                    () -> descriptor.connectionLost(Reasons.CONNECTION_LOST));
        }
    }

    /** Time until the earliest delayed call, zero if one is due, null (for ever) if none. */
    private Time timeout() {
        List<DelayedCall> calls = getDelayedCalls();
        return calls.isEmpty() ? null : calls.get(0).time().minus(seconds());
    }

    /**
     * What {@code select} returned: records the wake-up and dispatches every ready descriptor.
     *
     * @return false when a {@code doRead} blocked the thread (the rest goes on in a later turn)
     */
    private boolean dispatchReady() {
        List<ReadDescriptor> readable = new ArrayList<>();
        readers.stream().filter(ReadDescriptor::readable).forEach(readable::add);
        List<WriteDescriptor> writable = new ArrayList<>(writers);
        if (readable.isEmpty() && writable.isEmpty()) {
            return true;
        }
        List<String> names = new ArrayList<>();
        readable.forEach(d -> names.add(d.logPrefix()));
        writable.forEach(d -> names.add(d.logPrefix()));
        record(new ReactorEvents.Wake(seconds(), process.who(), iterations, names));
        readable.forEach(d -> dispatching.add(new Dispatch(d, true)));
        writable.forEach(d -> dispatching.add(new Dispatch(d, false)));
        return dispatchQueued();
    }

    /** Dispatches the queued descriptors still watched, in order; false when one blocked the thread. */
    private boolean dispatchQueued() {
        while (!dispatching.isEmpty()) {
            Dispatch next = dispatching.poll();
            boolean watched = next.read() ? readers.contains(next.descriptor()) : writers.contains(next.descriptor());
            if (!watched) {
                continue;
            }
            String frame =
                    (next.read() ? "doRead " : "doWrite ") + next.descriptor().logPrefix();
            process.enter(frame);
            boolean done = next.read()
                    ? read(next.descriptor(), frame, ((ReadDescriptor) next.descriptor())::doRead)
                    : ended(next.descriptor(), written((WriteDescriptor) next.descriptor(), frame));
            if (!done) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs (the rest of) a {@code doRead}; when it blocks, leaves a continuation that finishes it
     * and then the queue and the loop.
     *
     * @return false when it blocked
     */
    private boolean read(FileDescriptor reader, String frame, Supplier<ReadResult> doRead) {
        ReadResult[] result = {ReadResult.KEEP};
        SimulatedException raised = callLogged(frame, () -> result[0] = doRead.get());
        if (raised != null) {
            return ended(reader, raised.toFailure());
        }
        return switch (result[0]) {
            case ReadResult.Keep keep -> ended(reader, null);
            case ReadResult.Lost lost -> ended(reader, lost.reason());
            case ReadResult.Blocked blocked -> {
                process.waitUntil(blocked.ready(), null, () -> {
                    if (read(reader, frame, blocked.then()) && dispatchQueued()) {
                        loop();
                    }
                });
                yield false;
            }
        };
    }

    private Failure written(WriteDescriptor writer, String frame) {
        Failure[] why = new Failure[1];
        SimulatedException raised = callLogged(frame, () -> why[0] = writer.doWrite());
        return raised != null ? raised.toFailure() : why[0];
    }

    /**
     * Ends a dispatch: leaves the {@code doRead}/{@code doWrite} frame, then, when {@code why} is
     * not null, disconnects the descriptor. As in Twisted's {@code _doReadOrWrite}, {@code
     * connectionLost} is called after {@code doRead} has returned (by {@code
     * _disconnectSelectable}), never from inside it.
     */
    private boolean ended(FileDescriptor descriptor, Failure why) {
        process.leave();
        if (why != null) {
            readers.remove(descriptor);
            writers.remove(descriptor);
            callLogged("connectionLost " + descriptor.logPrefix(), () -> descriptor.connectionLost(why));
        }
        return true;
    }

    private boolean anyReady() {
        return !writers.isEmpty() || readers.stream().anyMatch(ReadDescriptor::readable);
    }

    private void record(deferredsim.core.recording.SimEvent event) {
        process.world().record(event);
    }
}
