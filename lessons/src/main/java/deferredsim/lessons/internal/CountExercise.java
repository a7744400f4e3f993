package deferredsim.lessons.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Predict how many trace lines a {@link TracePattern} picks: how many count lines are printed, how
 * many times {@code dataReceived} is called, how many protocols are built. A wrong count steps to
 * the first line beyond it (too few) or to the last line there is (too many).
 */
final class CountExercise extends PredictionExercise {
    private static final Map<String, String> WORDS = Map.of(
            "none", "0", "zero", "0", "never", "0", "no", "0", "once", "1", "one", "1", "twice", "2", "two", "2",
            "three", "3", "thrice", "3");
    private final TracePattern pattern;

    CountExercise(ExerciseData data, TracePattern pattern) {
        super(data);
        this.pattern = pattern;
    }

    @Override
    List<String> unknownNames() {
        return pattern.unknownNames(reading());
    }

    @Override
    Optional<String> read(String answer) {
        String text = lower(answer.strip()).replaceFirst("\\s*(times|time|lines|line|calls|call)\\.?$", "");
        if (WORDS.containsKey(text)) {
            return Optional.of(WORDS.get(text));
        }
        if (!text.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.toString(Integer.parseInt(text)));
    }

    private List<Integer> matches() {
        return pattern.all(reading());
    }

    @Override
    String engineAnswer() {
        return Integer.toString(matches().size());
    }

    @Override
    String fact() {
        List<Integer> matches = matches();
        if (matches.isEmpty()) {
            return "the run has no such line (" + pattern.describe() + ")";
        }
        return "the run has " + matches.size() + (matches.size() == 1 ? " such line, at " : " such lines, at ")
                + Moments.times(reading(), matches, 12);
    }

    @Override
    int keyEvent() {
        return -1;
    }

    /** Too few: the first line the count leaves out; too many: the last line there is (or the end). */
    @Override
    int divergence(String wrong) {
        List<Integer> matches = matches();
        int said = Integer.parseInt(wrong);
        if (said < matches.size()) {
            return matches.get(said);
        }
        return matches.isEmpty() ? reading().size() - 1 : matches.get(matches.size() - 1);
    }

    @Override
    String remarkOn(String wrong) {
        List<Integer> matches = matches();
        int said = Integer.parseInt(wrong);
        if (said < matches.size()) {
            return "Number " + (said + 1) + " is the one your count leaves out.";
        }
        return matches.isEmpty() ? "" : "After the last one, no more come.";
    }

    @Override
    public String toString() {
        return super.toString() + " counting " + pattern.describe();
    }
}
