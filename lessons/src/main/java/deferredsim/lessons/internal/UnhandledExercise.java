package deferredsim.lessons.internal;

import deferredsim.core.recording.SimEvent;
import java.util.List;
import java.util.Optional;

/** Say whether a deferred ends with an unhandled error (Twisted's "Unhandled error in Deferred"). */
final class UnhandledExercise extends PredictionExercise {
    private final String deferred;

    UnhandledExercise(ExerciseData data, String deferred) {
        super(data);
        this.deferred = deferred;
    }

    @Override
    List<String> unknownNames() {
        return unknownDeferred(deferred);
    }

    @Override
    Optional<String> read(String answer) {
        return yesOrNo(lower(answer.strip()), List.of("unhandled"), List.of("handled"));
    }

    @Override
    String engineAnswer() {
        return Outcomes.outcome(recording(), deferred).unhandled() ? "yes" : "no";
    }

    @Override
    String whatHappened() {
        SimEvent.Outcome outcome = Outcomes.outcome(recording(), deferred);
        if (outcome.unhandled()) {
            return EventWords.outcome(outcome);
        }
        if (outcome.value() != null && outcome.value().isFailure()) {
            return EventWords.outcome(outcome) + ", but Twisted does not count it as unhandled";
        }
        return EventWords.outcome(outcome) + ", which is not a failure, so there is nothing to report";
    }

    @Override
    int divergence(String wrong) {
        ValueTrail.Step last = ValueTrail.of(recording(), deferred).lastChange();
        return last.index() >= 0 ? last.index() : Outcomes.outcomeIndex(recording(), deferred);
    }
}
