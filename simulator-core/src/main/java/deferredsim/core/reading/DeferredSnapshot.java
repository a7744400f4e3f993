package deferredsim.core.reading;

import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.Side;
import deferredsim.core.time.Time;
import deferredsim.core.value.Value;
import java.util.List;
import java.util.Objects;

/**
 * Where one deferred stands at a point of a run, as every view shows it. Immutable; get one from
 * {@link Reading#deferred(String, Playhead)}.
 *
 * @param name the deferred's name: the scenario's, or for a deferred Twisted made for itself what
 *     it is ({@code g's internal wait})
 * @param kind what made it
 * @param createdBy the deferred whose stage, list or generator made it, or null (top level)
 * @param phase where it stands
 * @param result its current result: set while it runs, is paused or has fired; null while
 *     pending, waiting on an inner deferred, or not created
 * @param nextStage the stage its chain goes on at (the stages before it have run)
 * @param stages how many callback/errback pairs it has so far
 * @param lastRun the last stage that ran, or null
 * @param waitingOn the inner deferred its chain waits for, or null
 * @param pauses how many {@code pause()} calls are not undone yet
 * @param firing how it got its result, or null before it had one
 * @param lateFires the fires after it had its result, in order
 * @param cancellation the last cancel that reached it, or null
 * @param handedTo the outer deferred (or generator) that took its result, leaving it None; or null
 * @param generator an inlineCallbacks deferred's generator, else null
 * @param list a DeferredList's (or gatherResults') members and their recorded results, else null
 * @param unhandled Twisted's unhandled-error flag: a failure sits at the end of its chain
 */
public record DeferredSnapshot(
        String name,
        DeferredKind kind,
        String createdBy,
        DeferredPhase phase,
        Value result,
        int nextStage,
        int stages,
        StageRun lastRun,
        String waitingOn,
        int pauses,
        Firing firing,
        List<LateFire> lateFires,
        Cancellation cancellation,
        String handedTo,
        GeneratorState generator,
        ListProgress list,
        boolean unhandled) {

    public DeferredSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        lateFires = List.copyOf(lateFires);
    }

    /** A deferred not created yet. */
    static DeferredSnapshot notCreated(String name, DeferredKind kind) {
        return new DeferredSnapshot(
                name,
                kind,
                null,
                DeferredPhase.NOT_CREATED,
                null,
                0,
                0,
                null,
                null,
                0,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                false);
    }

    /** The side its result travels down: errback for a failure, callback otherwise; null without a result. */
    public Side side() {
        return result == null ? null : result.isFailure() ? Side.ERRBACK : Side.CALLBACK;
    }

    /** True for a deferred Twisted made for itself, which the scenario never named. */
    public boolean internal() {
        return kind == DeferredKind.INTERNAL;
    }

    /** True once it was created. */
    public boolean exists() {
        return phase != DeferredPhase.NOT_CREATED;
    }

    /**
     * Its state in a few words, the same in every view: {@code pending}, {@code running},
     * {@code waiting for x}, {@code paused (2 pauses)}, {@code fired: ok}, {@code fired: None
     * (handed to d)}.
     */
    public String status() {
        return switch (phase) {
            case NOT_CREATED -> "not created";
            case PENDING -> pauses > 0 ? "pending, paused" + pauseCount() : generatorStatus("pending");
            case RUNNING ->
                pauses > 0
                        ? "paused" + pauseCount()
                        : result == null && firing != null && firing.by() == FiredBy.GENERATOR_CANCELLED
                                ? "cancelled: waiting for its generator to finish"
                                : "running";
            case WAITING -> "waiting for " + waitingOn + (pauses > 0 ? ", paused" + pauseCount() : "");
            case PAUSED -> "paused" + pauseCount();
            case FIRED ->
                "fired: "
                        + result.render()
                        + (handedTo != null && result == Value.NONE ? " (handed to " + handedTo + ")" : "");
        };
    }

    private String pauseCount() {
        return pauses > 1 ? " (" + pauses + " pauses)" : "";
    }

    private String generatorStatus(String base) {
        if (generator == null) {
            return base;
        }
        return switch (generator.phase()) {
            case RUNNING -> base + ": generator running";
            case SUSPENDED -> base + ": generator waits for " + generator.awaited();
            case FINISHED -> base;
        };
    }

    /**
     * How a deferred got its result.
     *
     * @param index the event that gave it
     * @param time when
     * @param by who fired it
     * @param value the result it got
     * @param call the call as Python writes it ({@code d.callback('v')}), or null for Twisted's own fires
     */
    public record Firing(int index, Time time, FiredBy by, Value value, String call) {}

    /**
     * A {@code callback()}/{@code errback()} after the deferred had its result.
     *
     * @param swallowed true when Twisted swallowed it silently (a cancel without canceller), false
     *     when it raised AlreadyCalledError
     */
    public record LateFire(int index, Time time, String call, boolean swallowed) {}

    /**
     * A cancel that reached the deferred.
     *
     * @param effect what Twisted did with it there
     * @param passedOnFrom the deferred that passed it on (an outer one, a list, a generator), or
     *     null when {@code cancel()} was called on this one
     */
    public record Cancellation(int index, Time time, CancelEffect effect, String passedOnFrom) {}

    /**
     * A stage that ran.
     *
     * @param stage its number, from 0
     * @param side the member that ran
     * @param in what it got
     * @param out what it returned or raised, or null when it returned a deferred
     * @param returned the deferred it returned, or null
     */
    public record StageRun(int index, int stage, Side side, Value in, Value out, String returned) {}

    /** Where an inlineCallbacks generator is. */
    public enum GeneratorPhase {
        /** Running its steps right now. */
        RUNNING,
        /** Stopped at a yield, waiting for the yielded deferred. */
        SUSPENDED,
        /** Returned or raised: it will not run again. */
        FINISHED
    }

    /**
     * An inlineCallbacks generator's state.
     *
     * @param step the step it is at (-1 when its steps are not known)
     * @param awaited the deferred it waits for while suspended, else null
     */
    public record GeneratorState(GeneratorPhase phase, int step, String awaited) {}

    /** A list's members, and the result it recorded for each (null entries: none yet). */
    public record ListProgress(List<String> members, List<Value> recorded) {
        public ListProgress {
            members = List.copyOf(members);
            recorded = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(recorded));
        }

        /** How many members have no recorded result yet. */
        public int remaining() {
            return (int) recorded.stream().filter(Objects::isNull).count();
        }
    }
}
