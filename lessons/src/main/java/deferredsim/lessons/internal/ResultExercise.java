package deferredsim.lessons.internal;

import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.SimEvent;
import java.util.List;
import java.util.Optional;

/**
 * Predict the final result of a deferred: its value as traces render it, or its state if it never
 * finished. Spaces and surrounding quotes are ignored; case matters (values like {@code POEM} and
 * {@code poem} differ) except in {@code None} and the state words.
 */
final class ResultExercise extends PredictionExercise {
    private static final java.util.List<String> STATES = java.util.List.of("pending", "waiting", "unused");

    private final String deferred;

    ResultExercise(ExerciseData data, String deferred) {
        super(data);
        this.deferred = deferred;
    }

    @Override
    List<String> unknownNames() {
        return unknownDeferred(deferred);
    }

    @Override
    Optional<String> read(String answer) {
        String compact = answer.replaceAll("\\s+", "");
        if (compact.length() >= 2
                && (compact.startsWith("'") && compact.endsWith("'")
                        || compact.startsWith("\"") && compact.endsWith("\""))) {
            compact = compact.substring(1, compact.length() - 1);
        }
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        String lower = lower(compact);
        if (lower.equals("none") || STATES.contains(lower)) {
            return Optional.of(lower);
        }
        return Optional.of(compact);
    }

    @Override
    String engineAnswer() {
        return read(engineAnswerShown()).orElseThrow();
    }

    @Override
    String engineAnswerShown() {
        SimEvent.Outcome outcome = Outcomes.outcome(recording(), deferred);
        return outcome.state() == DeferredState.FIRED
                ? outcome.value().render()
                : outcome.state().word();
    }

    @Override
    String whatHappened() {
        ValueTrail.Step last = ValueTrail.of(recording(), deferred).lastChange();
        String outcome = EventWords.outcome(Outcomes.outcome(recording(), deferred));
        return last.index() < 0
                ? outcome
                : outcome + " (" + EventWords.describe(recording().get(last.index())) + ")";
    }

    @Override
    int divergence(String wrong) {
        return ValueTrail.of(recording(), deferred)
                .divergence(value -> read(value).filter(wrong::equals).isPresent());
    }

    @Override
    String remarkOn(String wrong) {
        for (ValueTrail.Step step : ValueTrail.of(recording(), deferred).steps()) {
            if (step.index() >= 0 && read(step.rendered()).filter(wrong::equals).isPresent()) {
                return "It did hold " + EventWords.code(step.rendered())
                        + " for a while, but something changed it afterwards; step to it.";
            }
        }
        return "";
    }
}
