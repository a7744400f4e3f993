package deferredsim.cli.diagram;

import deferredsim.core.reading.Words;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import java.util.List;

/** Why a deferred of the scenario was never created: the one place that references it never ran. */
final class Unused {
    private Unused() {}

    /** A line such as {@code y: unused, never created (d's stage 1 errback, defer y, never ran)}. */
    static String explain(Scenario scenario, String name) {
        return name + ": unused, never created (" + reason(scenario, name) + ")";
    }

    private static String reason(Scenario scenario, String name) {
        for (DeferredSpec spec : scenario.deferreds()) {
            if (spec instanceof DeferredSpec.ListOf && spec.references().contains(name)) {
                return "its list " + spec.name() + " was never created";
            }
            if (spec instanceof DeferredSpec.Inline) {
                List<InlineStep> steps = ((DeferredSpec.Inline) spec).steps();
                for (int s = 0; s < steps.size(); s++) {
                    if (steps.get(s) instanceof InlineStep.Yield
                            && ((InlineStep.Yield) steps.get(s)).name().equals(name)) {
                        return spec.name() + "'s generator never reached step " + s + ", " + steps.get(s);
                    }
                }
            }
            String stage = stageOf(spec.chain(), name, spec.name());
            if (stage != null) {
                return stage;
            }
        }
        for (Action action : scenario.actions()) {
            if (action instanceof Action.Add) {
                String stage = member(((Action.Add) action).pair(), name);
                if (stage != null) {
                    return "the " + stage + " of the pair added to " + action.deferred() + " at "
                            + Words.time(action.at()) + " never ran";
                }
            }
        }
        return "nothing references it";
    }

    private static String stageOf(List<PairSpec> chain, String name, String owner) {
        for (int k = 0; k < chain.size(); k++) {
            String member = member(chain.get(k), name);
            if (member != null) {
                return owner + "'s stage " + k + " " + member + ", defer " + name + ", never ran";
            }
        }
        return null;
    }

    private static String member(PairSpec pair, String name) {
        if (isDefer(pair.callback(), name)) {
            return "callback";
        }
        return isDefer(pair.errback(), name) ? "errback" : null;
    }

    private static boolean isDefer(MemberSpec stage, String name) {
        return stage instanceof MemberSpec.Defer
                && ((MemberSpec.Defer) stage).name().equals(name);
    }
}
