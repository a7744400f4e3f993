package deferredsim.lessons.internal;

import deferredsim.core.reading.Beat;
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

    private Beat.Outcome outcome() {
        return Outcomes.of(reading(), deferred);
    }

    @Override
    String engineAnswer() {
        return outcome().unhandled() ? "yes" : "no";
    }

    @Override
    String fact() {
        String ends = Outcomes.ends(reading(), deferred);
        if (outcome().unhandled()) {
            return ends + ", an unhandled error: Twisted would log \"Unhandled error in Deferred\"";
        }
        if (outcome().value() != null && outcome().value().isFailure()) {
            return ends + ", but Twisted does not count it as unhandled";
        }
        return ends + ", which is not a failure, so there is nothing to report";
    }

    /**
     * Where its failure reached the end of its chain unhandled (the last pass that ended so); for a
     * deferred that ends without one, the last event that changed what it held.
     */
    @Override
    int keyEvent() {
        if (outcome().unhandled()) {
            List<Beat> beats = reading().beats(deferred);
            for (int i = beats.size() - 1; i >= 0; i--) {
                if (beats.get(i) instanceof Beat.PassEnded ended && ended.unhandled()) {
                    return ended.index();
                }
            }
            return outcome().index();
        }
        int change = HeldTrail.of(reading(), deferred).lastChange().index();
        return change >= 0 ? change : outcome().index();
    }

    @Override
    int divergence(String wrong) {
        return keyEvent();
    }
}
