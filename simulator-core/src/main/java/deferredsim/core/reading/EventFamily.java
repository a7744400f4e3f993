package deferredsim.core.reading;

import deferredsim.core.reactor.event.ExecutionEvents;
import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.event.ReactorEvents;
import deferredsim.core.recording.SimEvent;

/**
 * The few families of events that views mark differently (a timeline's colour and shape, a
 * legend's entries). Every event belongs to exactly one; {@link Reading#family(int)} says which.
 */
public enum EventFamily {
    /** A deferred was created. */
    CREATE("created"),
    /** A deferred got its result (a call, a cancel, a list or a generator). */
    FIRE("fired"),
    /** A fire after the result: swallowed, or refused with AlreadyCalledError. */
    LATE_FIRE("late fire"),
    /** A pair was added, or one of its members ran. */
    STAGE("stage"),
    /** A chain waits for an inner deferred or takes its result; a generator stops or resumes. */
    WAIT("waits / resumes"),
    /** A list recorded a member's result. */
    LIST("list records"),
    /** cancel() was called or reached a deferred; pause() or unpause() was called. */
    CONTROL("cancel / pause"),
    /** A pass over a chain ended. */
    SETTLE("chain stops"),
    /** The virtual clock scheduled, ran or cancelled a call. */
    CLOCK("clock"),
    /** Where a deferred stands at the end. */
    OUTCOME("outcome"),
    /** A Part 1 execution model started, ran a segment or finished. */
    EXECUTION("task"),
    /** A server or client did something on the network. */
    NETWORK("network"),
    /** A reactor changed state, woke up, ran or scheduled a timed call, or logged an error. */
    REACTOR("reactor"),
    /** A process printed, blocked, called a function, exited or crashed. */
    PROCESS("program");

    private final String words;

    EventFamily(String words) {
        this.words = words;
    }

    /** A word or two for legends. */
    public String words() {
        return words;
    }

    static EventFamily of(SimEvent event) {
        return switch (event) {
            case SimEvent.Created e -> CREATE;
            case SimEvent.Fired e -> FIRE;
            case SimEvent.InternalFire e -> FIRE;
            case SimEvent.AlreadyCalled e -> LATE_FIRE;
            case SimEvent.FireSwallowed e -> LATE_FIRE;
            case SimEvent.PairAdded e -> STAGE;
            case SimEvent.StageRan e -> STAGE;
            case SimEvent.WaitingOn e -> WAIT;
            case SimEvent.ResultTaken e -> WAIT;
            case SimEvent.GeneratorResumed e -> WAIT;
            case SimEvent.GeneratorSuspended e -> WAIT;
            case SimEvent.ListRecorded e -> LIST;
            case SimEvent.Cancelled e -> CONTROL;
            case SimEvent.CancelArrived e -> CONTROL;
            case SimEvent.Paused e -> CONTROL;
            case SimEvent.Unpaused e -> CONTROL;
            case SimEvent.Settled e -> SETTLE;
            case SimEvent.DelayedCallScheduled e -> CLOCK;
            case SimEvent.DelayedCallRan e -> CLOCK;
            case SimEvent.DelayedCallCancelled e -> CLOCK;
            case SimEvent.Outcome e -> OUTCOME;
            case SimEvent.ReactorEvent e -> reactorFamily(e);
        };
    }

    private static EventFamily reactorFamily(SimEvent.ReactorEvent event) {
        return switch (event) {
            case ExecutionEvents.ModelStarted e -> EXECUTION;
            case ExecutionEvents.Segment e -> EXECUTION;
            case ExecutionEvents.ModelFinished e -> EXECUTION;
            case NetworkEvents.Listening e -> NETWORK;
            case NetworkEvents.PortOpened e -> NETWORK;
            case NetworkEvents.PortClosed e -> NETWORK;
            case NetworkEvents.Accepted e -> NETWORK;
            case NetworkEvents.Sent e -> NETWORK;
            case NetworkEvents.Closed e -> NETWORK;
            case NetworkEvents.Connected e -> NETWORK;
            case NetworkEvents.Refused e -> NETWORK;
            case NetworkEvents.Received e -> NETWORK;
            case NetworkEvents.EndOfFile e -> NETWORK;
            case ReactorEvents.StateChanged e -> REACTOR;
            case ReactorEvents.TriggerAdded e -> REACTOR;
            case ReactorEvents.TimerScheduled e -> REACTOR;
            case ReactorEvents.TimerRan e -> REACTOR;
            case ReactorEvents.TimerCancelled e -> REACTOR;
            case ReactorEvents.Wake e -> REACTOR;
            case ReactorEvents.ErrorLogged e -> REACTOR;
            default -> PROCESS;
        };
    }
}
