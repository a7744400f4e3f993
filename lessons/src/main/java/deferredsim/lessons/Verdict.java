package deferredsim.lessons;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.Recording;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the engine says about a learner's answer, told from the {@link Reading} of the run it
 * refers to.
 *
 * <p>For {@link Status#INCORRECT} answers, {@link #divergence()} is the index of the event where
 * what really happened first contradicts the answer: a view steps to {@link #where()}, the
 * {@link Playhead} just after that event ({@code Playhead.after(divergence)}), where the event has
 * happened and every deferred stands as {@link Reading#deferred(String, Playhead)} says. The
 * {@link #explanation()} tells that event with {@link Reading#sentence(int)}, the sentence the
 * terminal's stepper and the window show there. For {@link Status#UNREADABLE} answers the
 * explanation says how to write one; they should not count as attempts.
 *
 * @param status correct, incorrect, or unreadable
 * @param explanation Markdown: for a correct answer a confirmation with the reason; for an
 *     incorrect one where the prediction went wrong; for an unreadable one what was expected
 * @param expected the answer the engine computes (for a build exercise, a chain that meets the
 *     goal); views decide when to reveal it
 * @param reading the run the verdict refers to, read: the exercise's scenario, or for a build
 *     exercise the learner's own chain when it could be run
 * @param divergence for an incorrect answer, an event index of {@code reading}; empty otherwise
 * @param firstTry Markdown for a first wrong try, which must not give the answer away: what the
 *     learner said, targeted feedback for that answer and remarks read from the run, but not the
 *     fact or the exercise's explanation (a view shows {@code explanation} after a second miss);
 *     for the other statuses the same as {@code explanation}
 */
public record Verdict(
        Status status, String explanation, String expected, Reading reading, OptionalInt divergence, String firstTry) {
    /** Whether the answer was right. */
    public enum Status {
        CORRECT,
        INCORRECT,
        UNREADABLE
    }

    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(divergence, "divergence");
        Objects.requireNonNull(firstTry, "firstTry");
        if (divergence.isPresent() != (status == Status.INCORRECT)) {
            throw new IllegalArgumentException("only an incorrect answer has a divergence");
        }
        if (divergence.isPresent() && (divergence.getAsInt() < 0 || divergence.getAsInt() >= reading.size())) {
            throw new IllegalArgumentException("divergence " + divergence.getAsInt() + " is not an event index");
        }
    }

    /** A verdict whose first try tells as much as its explanation. */
    public Verdict(Status status, String explanation, String expected, Reading reading, OptionalInt divergence) {
        this(status, explanation, expected, reading, divergence, explanation);
    }

    /** A right answer. */
    public static Verdict correct(String explanation, String expected, Reading reading) {
        return new Verdict(Status.CORRECT, explanation, expected, reading, OptionalInt.empty());
    }

    /** A wrong answer whose prediction first fails at event {@code divergence} of {@code reading}. */
    public static Verdict incorrect(String explanation, String expected, Reading reading, int divergence) {
        return incorrect(explanation, explanation, expected, reading, divergence);
    }

    /**
     * A wrong answer whose prediction first fails at event {@code divergence} of {@code reading}, with
     * {@code firstTry} to tell on a first miss without giving the answer away.
     */
    public static Verdict incorrect(
            String explanation, String firstTry, String expected, Reading reading, int divergence) {
        return new Verdict(Status.INCORRECT, explanation, expected, reading, OptionalInt.of(divergence), firstTry);
    }

    /** An answer that could not be read as one. */
    public static Verdict unreadable(String explanation, String expected, Reading reading) {
        return new Verdict(Status.UNREADABLE, explanation, expected, reading, OptionalInt.empty());
    }

    /** The run the verdict refers to: {@code reading().recording()}. */
    public Recording recording() {
        return reading.recording();
    }

    /**
     * Where a view steps to show a wrong answer: just after the {@link #divergence()} event, which
     * has then happened. Empty unless the answer is incorrect.
     */
    public Optional<Playhead> where() {
        return divergence.isPresent() ? Optional.of(Playhead.after(divergence.getAsInt())) : Optional.empty();
    }

    /** True for {@link Status#CORRECT}. */
    public boolean isCorrect() {
        return status == Status.CORRECT;
    }
}
