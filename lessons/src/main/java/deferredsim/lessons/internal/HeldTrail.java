package deferredsim.lessons.internal;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.core.recording.DeferredState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one deferred held along a run, read from the {@link Reading}: after each of its beats, its
 * result as traces render it, or a state's word while it has none ({@code pending}, {@code
 * waiting}); the last step is its end ({@code result} line). A late fire changes nothing, because
 * the deferred's result does not change.
 */
final class HeldTrail {
    /** After event {@code index} (-1: before the run) the deferred held {@code held}. */
    record Step(int index, String held) {}

    /** What it holds while it has no result. */
    private static final List<String> STATES =
            List.of(DeferredState.UNUSED.word(), DeferredState.PENDING.word(), DeferredState.WAITING.word());

    private final List<Step> steps;

    private HeldTrail(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The trail of {@code deferred} in {@code reading}. */
    static HeldTrail of(Reading reading, String deferred) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(-1, DeferredState.UNUSED.word()));
        for (Beat beat : reading.beats(deferred)) {
            String held = beat instanceof Beat.Outcome outcome
                    ? (outcome.value() == null
                            ? outcome.state().word()
                            : outcome.value().render())
                    : words(reading.deferred(deferred, Playhead.after(beat.index())));
            Step last = steps.get(steps.size() - 1);
            if (last.index() == beat.index()) {
                steps.set(steps.size() - 1, new Step(beat.index(), held));
            } else {
                steps.add(new Step(beat.index(), held));
            }
        }
        return new HeldTrail(steps);
    }

    private static String words(DeferredSnapshot snapshot) {
        return switch (snapshot.phase()) {
            case NOT_CREATED -> DeferredState.UNUSED.word();
            case PENDING -> DeferredState.PENDING.word();
            case WAITING -> DeferredState.WAITING.word();
            case RUNNING, PAUSED, FIRED ->
                snapshot.result() != null
                        ? snapshot.result().render()
                        : snapshot.firing() != null ? DeferredState.WAITING.word() : DeferredState.PENDING.word();
        };
    }

    /** The steps in order; the first is the "unused" before the run. */
    List<Step> steps() {
        return steps;
    }

    /**
     * Where a belief that the deferred ends holding what {@code believed} accepts first meets a
     * contradiction: the event that changed what it held away from that the last time it held it,
     * or, if it never held it, the first event that gave it a result.
     */
    int divergence(Predicate<String> believed) {
        int last = -1;
        for (int i = 0; i < steps.size() - 1; i++) {
            if (believed.test(steps.get(i).held())
                    && !believed.test(steps.get(i + 1).held())) {
                last = i + 1;
            }
        }
        if (last >= 0) {
            return steps.get(last).index();
        }
        for (Step step : steps) {
            if (step.index() >= 0 && !STATES.contains(step.held())) {
                return step.index();
            }
        }
        return steps.get(steps.size() - 1).index();
    }

    /** The last event before its end that changed what it held (the first one, if none did); its end if it had no other. */
    Step lastChange() {
        for (int i = steps.size() - 2; i >= 1; i--) {
            if (!steps.get(i).held().equals(steps.get(i - 1).held()) || i == 1) {
                return steps.get(i);
            }
        }
        return steps.get(steps.size() - 1);
    }
}
