package deferredsim.lessons.internal;

import java.util.List;
import java.util.Optional;

/**
 * Say whether something ever happens in the run: an error is logged, the reactor stops, a line is
 * printed, a timed call runs. A wrong "no" steps to where it happens; a wrong "yes" steps to the end
 * of the run (the last event of the process the selector names, if it names one), where it still
 * has not.
 */
final class HappensExercise extends PredictionExercise {
    private final Selector selector;

    HappensExercise(ExerciseData data, Selector selector) {
        super(data);
        this.selector = selector;
    }

    @Override
    List<String> unknownNames() {
        return selector.unknownNames(recording());
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
        return selector.find(recording()) >= 0 ? "yes" : "no";
    }

    @Override
    String whatHappened() {
        int at = selector.find(recording());
        if (at >= 0) {
            return "it does: " + EventWords.describe(recording().get(at));
        }
        return "it never does: the run ends without it ("
                + EventWords.describe(recording().get(end())) + ")";
    }

    /** The last event of the selector's process, or of the run. */
    private int end() {
        int last = recording().size() - 1;
        return selector.process()
                .map(who -> Recordings.lastOfAtOrBefore(
                        recording(), who, recording().get(last).time()))
                .orElse(last);
    }

    @Override
    int divergence(String wrong) {
        int at = selector.find(recording());
        return at >= 0 ? at : end();
    }

    @Override
    public String toString() {
        return super.toString() + " whether " + selector.describe();
    }
}
