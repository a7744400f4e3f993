package deferredsim.cli.classic;

import deferredsim.core.reading.DeferredSnapshot.StageRun;
import deferredsim.core.value.Value;
import java.util.List;
import java.util.Objects;

/**
 * What one firing of the diagram's deferred did, as the engine recorded it: the value it was fired
 * with, the stages that ran in order, and the final result.
 *
 * <p>Immutable. {@link ClassicSimulation} builds them from a {@code Recording}; tests may build them
 * by hand.
 *
 * @param initial what {@code callback}/{@code errback} was called with: a string, or a failure for
 *     an errback
 * @param steps the stages that ran, in order; each returned a value (never a deferred)
 * @param result the deferred's final result
 */
public record Firing(Value initial, List<StageRun> steps, Value result) {
    /**
     * @throws IllegalArgumentException if a step returned a deferred, which the classic diagram
     *     cannot draw
     */
    public Firing {
        Objects.requireNonNull(initial, "initial");
        steps = List.copyOf(steps);
        Objects.requireNonNull(result, "result");
        for (StageRun step : steps) {
            if (step.out() == null) {
                throw new IllegalArgumentException("stage " + step.stage() + " returned a deferred");
            }
        }
    }
}
