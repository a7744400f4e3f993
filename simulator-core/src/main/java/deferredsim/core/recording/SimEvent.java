package deferredsim.core.recording;

import deferredsim.core.scenario.FireMethod;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.List;
import java.util.Objects;

/**
 * One observable thing that happened in a simulation, at a virtual time. Events are immutable
 * values that name deferreds by name; they hold no live engine objects.
 *
 * <p>The events that the canonical trace prints are {@link Fired}, {@link AlreadyCalled}, {@link
 * StageRan}, {@link Cancelled}, {@link Paused}, {@link Unpaused}, {@link GeneratorResumed} and
 * {@link Outcome} ({@link #inTrace()}); the others ({@link Created}, {@link WaitingOn}, {@link
 * ResultTaken}, {@link Settled}, {@link PairAdded}, {@link CancelArrived}, {@link FireSwallowed},
 * {@link InternalFire}, {@link ListRecorded}, {@link GeneratorSuspended}, {@link
 * DelayedCallScheduled}, {@link DelayedCallRan}, {@link DelayedCallCancelled}) are the steps inside
 * Twisted that the trace leaves out; the views tell and draw them.
 *
 * <p>The reactor model (Parts 1–8 of the book: execution models, poetry servers and clients, the
 * reactor, protocols) records its own events in the same recording, on the same clock: they are
 * {@link ReactorEvent}s, whose records live in {@code deferredsim.core.reactor.event}.
 */
public sealed interface SimEvent {
    /** The virtual time it happened at. */
    Time time();

    /** True when the canonical trace has a line for this event. */
    default boolean inTrace() {
        return false;
    }

    /**
     * A deferred was created: at time 0 for a top-level one, else when first needed.
     *
     * @param members a DeferredList's (or gatherResults') members in list order, when the recording
     *     names them (a recorded program's lists, whose members were made before them); empty when
     *     not given, and then the members are the deferreds created by the list ({@code createdBy})
     */
    record Created(Time time, String deferred, DeferredKind kind, String createdBy, List<String> members)
            implements SimEvent {
        public Created {
            Objects.requireNonNull(time);
            Objects.requireNonNull(deferred);
            Objects.requireNonNull(kind);
            members = members == null ? List.of() : List.copyOf(members);
        }

        /** A deferred whose list members, if any, are the deferreds it creates. */
        public Created(Time time, String deferred, DeferredKind kind, String createdBy) {
            this(time, deferred, kind, createdBy, List.of());
        }
    }

    /**
     * The scenario (or program) fired a deferred: {@code callback(value)} or {@code
     * errback(Exception(value))}.
     *
     * @param value the fired value as the trace's {@code fire} line writes it: for {@code callback}
     *     the value's rendering, for {@code errback} the exception's (without the failure's {@code *})
     * @param result the fired value itself, when it is more than a scenario's string (a recorded
     *     program's {@code d.callback(3)} or {@code d.errback(ValueError('x'))}); null for a
     *     scenario's fire, whose value is {@code value} as a string or as {@code Exception(value)}
     */
    record Fired(Time time, String deferred, FireMethod method, String value, Value result) implements SimEvent {
        public Fired {
            Objects.requireNonNull(time);
            Objects.requireNonNull(deferred);
            Objects.requireNonNull(method);
            Objects.requireNonNull(value);
        }

        /** A scenario's fire of the string {@code value}, or of {@code Exception(value)} for errback. */
        public Fired(Time time, String deferred, FireMethod method, String value) {
            this(time, deferred, method, value, null);
        }

        /** The value the deferred is fired with: {@link #result()}, or the scenario's string or {@code Exception}. */
        public Value firedValue() {
            if (result != null) {
                return result;
            }
            return method == FireMethod.CALLBACK ? Value.text(value) : Failure.raised(value);
        }

        @Override
        public boolean inTrace() {
            return true;
        }
    }

    /** The firing just recorded raised {@code AlreadyCalledError}: the deferred had fired already. */
    record AlreadyCalled(Time time, String deferred) implements SimEvent {
        @Override
        public boolean inTrace() {
            return true;
        }
    }

    /**
     * A stage of the learner's ran: {@code side} of pair {@code stage} (counted from 0 in the order
     * pairs were added) took {@code in} and returned {@code out}, or returned the deferred named
     * {@code returnedDeferred} (then {@code out} is null).
     */
    record StageRan(Time time, String deferred, int stage, Side side, Value in, Value out, String returnedDeferred)
            implements SimEvent {
        public StageRan {
            Objects.requireNonNull(in);
            if ((out == null) == (returnedDeferred == null)) {
                throw new IllegalArgumentException("a stage returns either a value or a deferred");
            }
        }

        /** The output as the trace renders it: the value, or {@code <NAME>} for a deferred. */
        public String renderOut() {
            return out != null ? out.render() : "<" + returnedDeferred + ">";
        }

        @Override
        public boolean inTrace() {
            return true;
        }
    }

    /** The scenario called {@code cancel()} on the deferred. */
    record Cancelled(Time time, String deferred) implements SimEvent {
        @Override
        public boolean inTrace() {
            return true;
        }
    }

    /** The scenario called {@code pause()}. */
    record Paused(Time time, String deferred) implements SimEvent {
        @Override
        public boolean inTrace() {
            return true;
        }
    }

    /** The scenario called {@code unpause()}. */
    record Unpaused(Time time, String deferred) implements SimEvent {
        @Override
        public boolean inTrace() {
            return true;
        }
    }

    /**
     * An inline generator received {@code in} at the yield of step {@code step} (a failure is
     * raised there); {@code caught} is true when that yield is inside {@code try/except} and the
     * failure is swallowed there, so the generator goes on. {@code awaited} is the deferred whose
     * result it got, when the recording names it (a recorded program's), else null.
     */
    record GeneratorResumed(Time time, String deferred, int step, Value in, boolean caught, String awaited)
            implements SimEvent {
        /** A resume that does not name the awaited deferred (a scenario's generator yields by name). */
        public GeneratorResumed(Time time, String deferred, int step, Value in, boolean caught) {
            this(time, deferred, step, in, caught, null);
        }

        @Override
        public boolean inTrace() {
            return true;
        }
    }

    /** {@code deferred}'s chain stopped to wait for {@code inner}, which a stage returned unfired. */
    record WaitingOn(Time time, String deferred, String inner) implements SimEvent {}

    /**
     * {@code deferred} took {@code inner}'s result {@code value} and goes on; {@code inner} now holds
     * None. {@code immediately} is true when inner had its result already when returned.
     */
    record ResultTaken(Time time, String deferred, String inner, Value value, boolean immediately)
            implements SimEvent {}

    /**
     * A pass over {@code deferred}'s chain ended with {@code result} (null while waiting or paused);
     * {@code unhandled} is Twisted's unhandled-error flag after the pass.
     */
    record Settled(Time time, String deferred, Value result, boolean unhandled) implements SimEvent {}

    /**
     * A callback/errback pair was added to {@code deferred}'s chain as stage {@code stage} ({@code
     * addCallbacks}): at creation for a scenario's chain, later for an {@code add} action. Recorded
     * before the pair can run (on a deferred that has its result, it runs at once).
     *
     * @param callback what the callback does, as written ({@code return good}, {@code passthru})
     * @param errback what the errback does, as written
     * @param atCreation true for the pairs added as the deferred is made (a scenario's {@code
     *     chain}), false for one added later (an {@code add} action, a program's addCallbacks)
     */
    record PairAdded(Time time, String deferred, int stage, String callback, String errback, boolean atCreation)
            implements SimEvent {
        public PairAdded {
            Objects.requireNonNull(deferred);
            Objects.requireNonNull(callback);
            Objects.requireNonNull(errback);
        }
    }

    /**
     * {@code cancel()} reached {@code deferred}: called by the scenario (right after its {@link
     * Cancelled}) or passed on by Twisted from an outer deferred, a list or a generator. {@code
     * effect} is what Twisted does with it there; {@code goesOnTo} is the deferred the cancellation
     * is passed to next ({@link CancelEffect#FORWARDED}, {@link CancelEffect#GENERATOR}), else null.
     */
    record CancelArrived(Time time, String deferred, CancelEffect effect, String goesOnTo) implements SimEvent {
        public CancelArrived {
            Objects.requireNonNull(deferred);
            Objects.requireNonNull(effect);
        }
    }

    /**
     * A late {@code callback()}/{@code errback()} on {@code deferred} (its {@link Fired} comes just
     * before) was swallowed without error: {@code cancel()} without a canceller had fired the
     * deferred with CancelledError and told Twisted to ignore one late fire.
     */
    record FireSwallowed(Time time, String deferred) implements SimEvent {}

    /**
     * Twisted itself fired {@code deferred} with {@code value}: a cancel's CancelledError, a list
     * that completed, a generator that returned or raised. The scenario's own fires are {@link
     * Fired} events; this one has no trace line, but the {@code run} and {@code result} lines that
     * follow show it.
     */
    record InternalFire(Time time, String deferred, Value value, FireCause cause) implements SimEvent {
        public InternalFire {
            Objects.requireNonNull(deferred);
            Objects.requireNonNull(value);
            Objects.requireNonNull(cause);
        }
    }

    /**
     * The list {@code list} recorded that its member number {@code index}, {@code member}, has the
     * result {@code result} (a success or a failure). {@code consumed} is true when the list's
     * {@code consumeErrors} then leaves the member holding None instead of its failure.
     */
    record ListRecorded(Time time, String list, int index, String member, Value result, boolean consumed)
            implements SimEvent {
        public ListRecorded {
            Objects.requireNonNull(list);
            Objects.requireNonNull(member);
            Objects.requireNonNull(result);
        }
    }

    /**
     * The inlineCallbacks generator of {@code deferred} stopped at the yield of step {@code step}
     * (-1 when the steps are not known) to wait for {@code awaited}, which has no result yet.
     */
    record GeneratorSuspended(Time time, String deferred, int step, String awaited) implements SimEvent {
        public GeneratorSuspended {
            Objects.requireNonNull(deferred);
            Objects.requireNonNull(awaited);
        }
    }

    /** Something was put on the virtual clock to run at {@code due}. */
    record DelayedCallScheduled(Time time, int call, Time due, String description) implements SimEvent {}

    /** A delayed call came due and ran. */
    record DelayedCallRan(Time time, int call, String description) implements SimEvent {}

    /** A delayed call was cancelled before it ran. */
    record DelayedCallCancelled(Time time, int call, String description) implements SimEvent {}

    /**
     * The end of the simulation: where {@code deferred} stands. {@code value} is its current result
     * when {@code state} is {@link DeferredState#FIRED}, else null; {@code unhandled} is true when
     * Twisted would report "Unhandled error in Deferred" for it.
     */
    record Outcome(Time time, String deferred, DeferredState state, Value value, boolean unhandled)
            implements SimEvent {
        @Override
        public boolean inTrace() {
            return true;
        }
    }

    /**
     * An event of the reactor model: something a simulated process did (a task ran, a server sent
     * bytes, the reactor ran a timed call, a program printed a line). Every one names the process
     * that did it ({@link #who()}) and has a line in the trace of a reactor scenario.
     *
     * <p>The records are in {@code deferredsim.core.reactor.event}; this interface is open so that
     * package can add them.
     */
    non-sealed interface ReactorEvent extends SimEvent {
        /** The simulated process the event belongs to: {@code program}, {@code server 10000}, {@code asynchronous}. */
        String who();

        /** The event's word in the trace: {@code print}, {@code segment}, {@code timer}. */
        String kind();

        /**
         * The event's trace line: one JSON object, keys {@code t}, {@code who}, {@code event} and then
         * the event's own, no spaces.
         */
        String traceLine();

        @Override
        default boolean inTrace() {
            return true;
        }
    }
}
