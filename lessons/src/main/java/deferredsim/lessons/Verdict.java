package deferredsim.lessons;

import deferredsim.core.recording.Recording;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the engine says about a learner's answer.
 *
 * <p>For {@link Status#INCORRECT} answers, {@link #divergence()} is the index of the event in
 * {@link #recording()} where what really happened first contradicts the answer, so a view can step
 * there; {@link #explanation()} says what happened instead and why. For {@link Status#UNREADABLE}
 * answers the explanation says how to write one; they should not count as attempts.
 *
 * @param status correct, incorrect, or unreadable
 * @param explanation Markdown: for a correct answer a confirmation with the reason; for an
 *     incorrect one where the prediction went wrong; for an unreadable one what was expected
 * @param expected the answer the engine computes (for a build exercise, a chain that meets the
 *     goal); views decide when to reveal it
 * @param recording the run the verdict refers to: the exercise's scenario, or for a build
 *     exercise the learner's own chain when it could be run
 * @param divergence for an incorrect answer, an index into {@code recording.events()}; empty otherwise
 */
public record Verdict(Status status, String explanation, String expected, Recording recording, OptionalInt divergence) {
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
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(divergence, "divergence");
        if (divergence.isPresent() != (status == Status.INCORRECT)) {
            throw new IllegalArgumentException("only an incorrect answer has a divergence");
        }
        if (divergence.isPresent() && (divergence.getAsInt() < 0 || divergence.getAsInt() >= recording.size())) {
            throw new IllegalArgumentException("divergence " + divergence.getAsInt() + " is not an event index");
        }
    }

    /** A right answer. */
    public static Verdict correct(String explanation, String expected, Recording recording) {
        return new Verdict(Status.CORRECT, explanation, expected, recording, OptionalInt.empty());
    }

    /** A wrong answer whose prediction first fails at event {@code divergence} of {@code recording}. */
    public static Verdict incorrect(String explanation, String expected, Recording recording, int divergence) {
        return new Verdict(Status.INCORRECT, explanation, expected, recording, OptionalInt.of(divergence));
    }

    /** An answer that could not be read as one. */
    public static Verdict unreadable(String explanation, String expected, Recording recording) {
        return new Verdict(Status.UNREADABLE, explanation, expected, recording, OptionalInt.empty());
    }

    /** True for {@link Status#CORRECT}. */
    public boolean isCorrect() {
        return status == Status.CORRECT;
    }
}
