package deferredsim.core.engine;

import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.List;

/**
 * The generator of an inline scenario deferred: runs its steps ({@code yield NAME [catch]}, {@code
 * return V}, {@code raise V}) and records each resume at a yield.
 */
final class ScriptedGenerator implements Generator {
    private final ScenarioRun run;
    private final String name;
    private final List<InlineStep> steps;
    private int next;
    private boolean started;

    ScriptedGenerator(ScenarioRun run, DeferredSpec.Inline spec) {
        this.run = run;
        this.name = spec.name();
        this.steps = spec.steps();
    }

    @Override
    public Step send(Value value) {
        if (started) {
            resumed(value, false);
            next++;
        }
        started = true;
        return runFromNext();
    }

    @Override
    public Step throwInto(Failure failure) {
        InlineStep.Yield waitedAt = (InlineStep.Yield) steps.get(next);
        resumed(failure, waitedAt.catching());
        if (!waitedAt.catching()) {
            return Step.raised(failure);
        }
        next++;
        return runFromNext();
    }

    @Override
    public int position() {
        return next;
    }

    private void resumed(Value received, boolean caught) {
        run.record(new SimEvent.GeneratorResumed(run.now(), name, next, received, caught));
    }

    private Step runFromNext() {
        if (next >= steps.size()) {
            return Step.returned(Value.NONE);
        }
        InlineStep step = steps.get(next);
        if (step instanceof InlineStep.Yield) {
            return Step.yielding(run.createFrame(((InlineStep.Yield) step).name(), name));
        }
        if (step instanceof InlineStep.Return) {
            return Step.returned(Value.text(((InlineStep.Return) step).value()));
        }
        return Step.raised(Failure.raised(((InlineStep.Raise) step).value()));
    }
}
