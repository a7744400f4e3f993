package deferredsim.lessons.internal;

import deferredsim.core.time.Time;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Predict the virtual time at which something happens, or that it never does: a Deferred's event
 * ({@link EventSelector}) or any trace line ({@link TracePattern}: a model finishing, a timed call
 * running, a byte arriving, the reactor stopping). A stage that runs is told with what let it run
 * then: its input, an {@code unpause()}, or a pair added to a deferred that had its result.
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
        return selector.unknownNames(reading());
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
        } catch (IllegalArgumentException | ArithmeticException notATime) {
            return Optional.empty(); // not a number (NumberFormatException), negative, or finer than a tick
        }
    }

    private int found() {
        return selector.find(reading());
    }

    @Override
    String engineAnswer() {
        int at = found();
        return at < 0 ? NEVER : reading().time(at).toString();
    }

    @Override
    String fact() {
        int at = found();
        if (at < 0) {
            return "that never happens: the run ends at t="
                    + reading().time(reading().end()) + " without it";
        }
        return "it happens at t=" + reading().time(at);
    }

    /** The event itself; when it never happens, the last event about what the selector picks from. */
    @Override
    int keyEvent() {
        int at = found();
        return at >= 0
                ? at
                : Moments.lastAbout(
                        reading(), selector, reading().time(reading().end()));
    }

    @Override
    int divergence(String wrong) {
        int actual = found();
        if (!wrong.equals(NEVER)) {
            Time believed = Time.ofSeconds(new BigDecimal(wrong));
            if (actual < 0 || believed.isBefore(reading().time(actual))) {
                return Moments.lastAbout(reading(), selector, believed);
            }
        }
        return keyEvent();
    }

    @Override
    String remarkOn(String wrong) {
        int actual = found();
        if (wrong.equals(NEVER) || actual < 0) {
            return "";
        }
        Time believed = Time.ofSeconds(new BigDecimal(wrong));
        if (!believed.isBefore(reading().time(actual))) {
            return "";
        }
        String standing = Moments.standing(reading(), selector, Moments.lastAbout(reading(), selector, believed));
        return "At t=" + believed + " it has not happened yet" + (standing.isEmpty() ? "." : ": " + standing + ".");
    }

    /** For a stage that ran: what let it run then. */
    @Override
    Story story(int index) {
        OptionalInt trigger = index == found() ? Causes.trigger(reading(), index) : OptionalInt.empty();
        return trigger.isPresent() ? new Story("What let it run then:", List.of(trigger.getAsInt())) : Story.NONE;
    }

    @Override
    public String toString() {
        return super.toString() + " when " + selector.describe();
    }
}
