package deferredsim.core.reading;

import deferredsim.core.recording.DeferredKind;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.List;

/** One deferred's state while a recording is read: the mutable side of {@link DeferredSnapshot}. */
final class Tracker {
    final String name;
    DeferredKind kind;
    String createdBy;
    DeferredPhase phase = DeferredPhase.NOT_CREATED;
    Value result;
    int nextStage;
    int stages;
    DeferredSnapshot.StageRun lastRun;
    String waitingOn;
    int pauses;
    DeferredSnapshot.Firing firing;
    final List<DeferredSnapshot.LateFire> lateFires = new ArrayList<>();
    DeferredSnapshot.Cancellation cancellation;
    String handedTo;
    DeferredSnapshot.GeneratorState generator;
    List<String> members;
    List<Value> recorded;
    boolean unhandled;
    /** For a generator: the deferred it yielded last. */
    String yielded;

    final History history;

    Tracker(String name, DeferredKind kind) {
        this.name = name;
        this.kind = kind;
        this.history = new History(DeferredSnapshot.notCreated(name, kind));
    }

    DeferredSnapshot snapshot() {
        return new DeferredSnapshot(
                name,
                kind,
                createdBy,
                phase,
                result,
                nextStage,
                stages,
                lastRun,
                waitingOn,
                pauses,
                firing,
                lateFires,
                cancellation,
                handedTo,
                generator,
                members == null ? null : new DeferredSnapshot.ListProgress(members, recorded),
                unhandled);
    }

    boolean hasFired() {
        return phase.hasFired();
    }

    /** The phase once a result arrives or a stop ends: held by pause(), else running. */
    DeferredPhase runningOrPaused() {
        return pauses > 0 ? DeferredPhase.PAUSED : DeferredPhase.RUNNING;
    }
}
