package deferredsim.lessons.internal;

import deferredsim.core.time.Time;
import java.math.BigDecimal;
import java.util.Optional;

/** Predict the virtual time at which something happens, or that it never does. */
final class TimeExercise extends PredictionExercise {
    private static final String NEVER = "never";
    private final EventSelector selector;

    TimeExercise(ExerciseData data, EventSelector selector) {
        super(data);
        this.selector = selector;
    }

    @Override
    Optional<String> read(String answer) {
        String text = lower(answer.strip()).replaceAll("\\s+", "");
        if (text.equals(NEVER) || text.equals("none") || text.equals("-")) {
            return Optional.of(NEVER);
        }
        text = text.replaceFirst("^(at)?(t=)?", "").replaceFirst("(s|sec|secs|seconds?)$", "");
        try {
            return Optional.of(Time.ofSeconds(new BigDecimal(text)).toString());
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
            return "that never happens: the run ends at t=" + recording().get(recording().size() - 1).time() + " without it";
        }
        return "it happens at t=" + recording().get(at).time() + ": " + EventWords.what(recording().get(at));
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

    private int lastEventAtOrBefore(Time time) {
        int found = 0;
        for (int i = 0; i < recording().size(); i++) {
            if (!time.isBefore(recording().get(i).time())) {
                found = i;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return super.toString() + " when " + selector.describe();
    }
}
