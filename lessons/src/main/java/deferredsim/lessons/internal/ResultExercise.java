package deferredsim.lessons.internal;

import deferredsim.core.recording.DeferredState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Predict the final result of a deferred: its value as traces render it, or its state if it never
 * finished. Spaces and surrounding quotes are ignored; case matters (values like {@code POEM} and
 * {@code poem} differ) except in {@code None} and the state words. The verdict also tells what
 * else happened to the deferred on the way: what a list recorded, where a generator resumed,
 * cancels, late fires.
 */
final class ResultExercise extends PredictionExercise {
    private static final List<String> STATES = List.of("pending", "waiting", "unused");

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
        return Outcomes.answer(reading(), deferred);
    }

    @Override
    String fact() {
        return Outcomes.ends(reading(), deferred);
    }

    /** The event that gave it its final result; its end, when it never fired or its chain is still stopped. */
    @Override
    int keyEvent() {
        HeldTrail trail = HeldTrail.of(reading(), deferred);
        List<HeldTrail.Step> steps = trail.steps();
        if (Outcomes.of(reading(), deferred).state() != DeferredState.FIRED) {
            return steps.get(steps.size() - 1).index();
        }
        return trail.lastChange().index();
    }

    @Override
    int divergence(String wrong) {
        return HeldTrail.of(reading(), deferred)
                .divergence(held -> read(held).filter(wrong::equals).isPresent());
    }

    @Override
    String remarkOn(String wrong) {
        for (HeldTrail.Step step : HeldTrail.of(reading(), deferred).steps()) {
            if (step.index() >= 0 && read(step.held()).filter(wrong::equals).isPresent()) {
                return "It did hold " + Md.code(step.held()) + " for a while, but something changed it afterwards.";
            }
        }
        return "";
    }

    /** What else happened to it on the way (see {@link Causes#story}), but for the event already told. */
    @Override
    Story story(int index) {
        List<Integer> told = new ArrayList<>(Causes.story(reading(), deferred));
        told.remove(Integer.valueOf(index));
        return told.isEmpty()
                ? Story.NONE
                : new Story("What else happened to " + Md.code(deferred) + ", in order:", told);
    }
}
