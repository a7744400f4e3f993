package deferredsim.cli.diagram;

import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.Scenario;
import java.util.List;

/** Where a deferred that is not top-level came from, in words. */
final class Origins {
    private Origins() {}

    /**
     * {@code member 1 of L}, {@code yielded by g at step 0}, {@code from d's stage 2}, or the
     * empty string for a top-level deferred ({@code by} null). {@code stage} is the stage of {@code
     * by} that returned it, or -1.
     */
    static String of(Scenario scenario, String name, String by, int stage) {
        if (by == null) {
            return "";
        }
        DeferredSpec parent = scenario.deferred(by).orElse(null);
        if (parent instanceof DeferredSpec.ListOf && parent.references().contains(name)) {
            return "member " + parent.references().indexOf(name) + " of " + by;
        }
        if (parent instanceof DeferredSpec.Inline) {
            List<InlineStep> steps = ((DeferredSpec.Inline) parent).steps();
            for (int s = 0; s < steps.size(); s++) {
                if (steps.get(s) instanceof InlineStep.Yield
                        && ((InlineStep.Yield) steps.get(s)).name().equals(name)) {
                    return "yielded by " + by + " at step " + s;
                }
            }
        }
        return stage >= 0 ? "from " + by + "'s stage " + stage : "made by " + by;
    }
}
