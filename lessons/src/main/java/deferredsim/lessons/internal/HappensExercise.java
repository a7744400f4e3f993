package deferredsim.lessons.internal;

import java.util.List;
import java.util.Optional;

/**
 * Say whether something ever happens in the run: an error is logged, the reactor stops, a line is
 * printed, a timed call runs. A wrong "no" steps to where it happens; a wrong "yes" steps to the end
 * of the run (the last event about the process or deferred the selector names, if it names one),
 * where it still has not.
 */
final class HappensExercise extends PredictionExercise {
    private final Selector selector;

    HappensExercise(ExerciseData data, Selector selector) {
        super(data);
        this.selector = selector;
    }

    @Override
    List<String> unknownNames() {
        return selector.unknownNames(reading());
    }

    @Override
    Optional<String> read(String answer) {
        return yesOrNo(
                lower(answer.strip()).replaceAll("[.!]+$", ""),
                List.of("it does", "happens"),
                List.of("never", "it does not", "it doesn't"));
    }

    @Override
    String engineAnswer() {
        return selector.find(reading()) >= 0 ? "yes" : "no";
    }

    @Override
    String fact() {
        int at = selector.find(reading());
        return at >= 0
                ? "it does, at t=" + reading().time(at)
                : "it never does: the run ends at t=" + reading().time(reading().end()) + " without it";
    }

    /** Where it happens, or the last event about what the selector picks from. */
    @Override
    int keyEvent() {
        int at = selector.find(reading());
        return at >= 0
                ? at
                : Moments.lastAbout(
                        reading(), selector, reading().time(reading().end()));
    }

    @Override
    int divergence(String wrong) {
        return keyEvent();
    }

    @Override
    public String toString() {
        return super.toString() + " whether " + selector.describe();
    }
}
