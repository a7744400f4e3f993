package deferredsim.lessons.internal;

import deferredsim.core.time.Time;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Predict the virtual time at which something happens, or that it never does: a Deferred's event
 * ({@link EventSelector}) or any trace line ({@link TracePattern}: a model finishing, a timed call
 * running, a byte arriving, the reactor stopping).
 */
final class TimeExercise extends PredictionExercise {
    private static final String NEVER = "never";
    private final Selector selector;

    TimeExercise(ExerciseData data, Selector selector) {
        super(data);
        this.selector = selector;
    }

    @Override
    List<String> unknownNames() {
        return selector.unknownNames(recording());
    }

    @Override
    Optional<String> read(String answer) {
        String text = lower(answer.strip()).replaceAll("\\s+", "");
        if (text.equals(NEVER) || text.equals("none") || text.equals("-")) {
            return Optional.of(NEVER);
        }
        return seconds(text.replaceFirst("^(at)?(t=)?", "")).map(Time::toString);
    }

    /** A number of seconds written like {@code 3}, {@code 0.5}, {@code 3.0s} or {@code 2 seconds}, if the text is one. */
    static Optional<Time> seconds(String answer) {
        String text = lower(answer.strip()).replaceAll("\\s+", "").replaceFirst("(s|sec|secs|seconds?)$", "");
        try {
            return Optional.of(Time.ofSeconds(new BigDecimal(text)));
        } catch (NumberFormatException | ArithmeticException notATime) {
            return Optional.empty();
        } catch (IllegalArgumentException negativeOrTooFine) {
            return Optional.empty();
        }
    }

    @Override
    String engineAnswer() {
        int at = selector.find(recording());
        return at < 0 ? NEVER : recording().get(at).time().toString();
    }

    @Override
    String whatHappened() {
        int at = selector.find(recording());
        if (at < 0) {
            return "that never happens: the run ends at t="
                    + recording().get(recording().size() - 1).time() + " without it";
        }
        return "it happens at t=" + recording().get(at).time() + ": "
                + EventWords.what(recording().get(at));
    }

    @Override
    int divergence(String wrong) {
        int actual = selector.find(recording());
        if (!wrong.equals(NEVER)) {
            Time believed = Time.ofSeconds(new BigDecimal(wrong));
            if (actual < 0 || believed.isBefore(recording().get(actual).time())) {
                return lastEventAtOrBefore(believed);
            }
        }
        return actual;
    }

    @Override
    String remarkOn(String wrong) {
        int actual = selector.find(recording());
        if (wrong.equals(NEVER) || actual < 0) {
            return "";
        }
        Time believed = Time.ofSeconds(new BigDecimal(wrong));
        if (believed.isBefore(recording().get(actual).time())) {
            int before = lastEventAtOrBefore(believed);
            return "At t=" + believed + " it had not happened yet; the last thing before then: "
                    + EventWords.describe(recording().get(before)) + ".";
        }
        return "";
    }

    /** The last event by {@code time}: of the selector's process, when it names one. */
    private int lastEventAtOrBefore(Time time) {
        return selector.process()
                .map(who -> Recordings.lastOfAtOrBefore(recording(), who, time))
                .orElseGet(() -> Recordings.lastAtOrBefore(recording(), time));
    }

    @Override
    public String toString() {
        return super.toString() + " when " + selector.describe();
    }
}
