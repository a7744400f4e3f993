package deferredsim.lessons.internal;

import deferredsim.core.recording.DeferredState;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.value.Failure;
import java.util.ArrayList;
import java.util.List;

/**
 * The successive results of one deferred through a recording: after which event it held what.
 * States stand in for values while it has none ({@code pending} after creation, {@code waiting}
 * while its chain waits on an inner deferred).
 */
final class ValueTrail {
    /** After event {@code index} (-1: before the run) the deferred held {@code rendered}. */
    record Step(int index, String rendered) {}

    private final List<Step> steps;

    private ValueTrail(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The trail of {@code deferred} in {@code recording}. */
    static ValueTrail of(Recording recording, String deferred) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(-1, DeferredState.UNUSED.word()));
        List<SimEvent> events = recording.events();
        boolean hasResult = false;
        for (int i = 0; i < events.size(); i++) {
            SimEvent event = events.get(i);
            boolean fired = event instanceof SimEvent.Fired
                    && ((SimEvent.Fired) event).deferred().equals(deferred);
            if (fired && hasResult) {
                continue; // a second fire, or one swallowed after a cancel: the result does not change
            }
            String value = valueAfter(event, deferred);
            if (value != null) {
                steps.add(new Step(i, value));
                hasResult |= !(event instanceof SimEvent.Created);
            }
        }
        return new ValueTrail(steps);
    }

    private static String valueAfter(SimEvent event, String deferred) {
        if (event instanceof SimEvent.Created
                && ((SimEvent.Created) event).deferred().equals(deferred)) {
            return DeferredState.PENDING.word();
        } else if (event instanceof SimEvent.Fired
                && ((SimEvent.Fired) event).deferred().equals(deferred)) {
            SimEvent.Fired fired = (SimEvent.Fired) event;
            return fired.method() == FireMethod.CALLBACK
                    ? fired.value()
                    : Failure.raised(fired.value()).render();
        } else if (event instanceof SimEvent.StageRan
                && ((SimEvent.StageRan) event).deferred().equals(deferred)) {
            SimEvent.StageRan ran = (SimEvent.StageRan) event;
            return ran.out() != null ? ran.out().render() : DeferredState.WAITING.word();
        } else if (event instanceof SimEvent.ResultTaken
                && ((SimEvent.ResultTaken) event).deferred().equals(deferred)) {
            return ((SimEvent.ResultTaken) event).value().render();
        } else if (event instanceof SimEvent.ResultTaken
                && ((SimEvent.ResultTaken) event).inner().equals(deferred)) {
            return "None";
        } else if (event instanceof SimEvent.Settled
                && ((SimEvent.Settled) event).deferred().equals(deferred)) {
            SimEvent.Settled settled = (SimEvent.Settled) event;
            return settled.result() == null ? null : settled.result().render();
        } else if (event instanceof SimEvent.Outcome
                && ((SimEvent.Outcome) event).deferred().equals(deferred)) {
            SimEvent.Outcome outcome = (SimEvent.Outcome) event;
            return outcome.state() == DeferredState.FIRED
                    ? outcome.value().render()
                    : outcome.state().word();
        }
        return null;
    }

    /** The steps in order; the first is the synthetic "unused" before the run. */
    List<Step> steps() {
        return steps;
    }

    /**
     * Where a belief that the deferred ends holding {@code believed} (compared with {@code same})
     * first meets a contradiction: the event that changed the value away from {@code believed}
     * the last time it held it, or, if it never held it, the first event that gave it a value.
     */
    int divergence(java.util.function.Predicate<String> same) {
        int last = -1;
        for (int i = 0; i < steps.size() - 1; i++) {
            if (same.test(steps.get(i).rendered())
                    && !same.test(steps.get(i + 1).rendered())) {
                last = i + 1;
            }
        }
        if (last >= 0) {
            return steps.get(last).index();
        }
        for (Step step : steps) {
            if (step.index() >= 0 && !step.rendered().equals(DeferredState.PENDING.word())) {
                return step.index();
            }
        }
        return steps.get(steps.size() - 1).index();
    }

    /** The last step before the final outcome that changed what it held, or the outcome's step. */
    Step lastChange() {
        for (int i = steps.size() - 2; i >= 1; i--) {
            if (!steps.get(i).rendered().equals(steps.get(i - 1).rendered()) || i == 1) {
                return steps.get(i);
            }
        }
        return steps.get(steps.size() - 1);
    }
}
