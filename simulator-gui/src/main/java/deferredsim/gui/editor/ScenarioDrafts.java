package deferredsim.gui.editor;

import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts made straight from a valid scenario, field for field in the canonical texts {@code
 * ScenarioWriter} would write, without going through JSON (a 100,000-pair chain loads in a
 * fraction of the time).
 */
final class ScenarioDrafts {
    private ScenarioDrafts() {}

    static DraftReader.Drafts of(Scenario scenario) {
        List<DeferredDraft> deferreds = new ArrayList<>();
        for (DeferredSpec spec : scenario.deferreds()) {
            deferreds.add(deferred(spec));
        }
        List<ActionDraft> actions = new ArrayList<>();
        for (Action action : scenario.actions()) {
            actions.add(action(action));
        }
        return new DraftReader.Drafts(deferreds, actions);
    }

    private static DeferredDraft deferred(DeferredSpec spec) {
        DeferredDraft d = new DeferredDraft(spec.name());
        List<PairDraft> pairs = new ArrayList<>(spec.chain().size());
        for (PairSpec pair : spec.chain()) {
            pairs.add(new PairDraft(pair.callback().toString(), pair.errback().toString()));
        }
        d.pairs.setAll(pairs);
        if (spec instanceof DeferredSpec.ListOf) {
            DeferredSpec.ListOf list = (DeferredSpec.ListOf) spec;
            ListOptions o = list.options();
            d.kindProperty().set(DeferredKindChoice.LIST);
            d.membersProperty().set(String.join(" ", list.members()));
            d.gatherProperty().set(o.gather());
            d.fireOnOneCallbackProperty().set(o.fireOnOneCallback());
            d.fireOnOneErrbackProperty().set(o.fireOnOneErrback());
            d.consumeErrorsProperty().set(o.consumeErrors());
        } else if (spec instanceof DeferredSpec.Inline) {
            List<String> steps = new ArrayList<>();
            ((DeferredSpec.Inline) spec).steps().forEach(step -> steps.add(step.toString()));
            d.kindProperty().set(DeferredKindChoice.INLINE);
            d.stepsProperty().set(String.join("\n", steps));
        } else {
            DeferredSpec.Plain plain = (DeferredSpec.Plain) spec;
            if (plain.fire().isPresent()) {
                FireSpec fire = plain.fire().get();
                d.fireProperty().set(FireChoice.of(fire.method()));
                d.fireValueProperty().set(fire.value());
                d.fireAfterProperty().set(fire.after().toString());
            }
            d.cancellerProperty().set(plain.canceller().map(Object::toString).orElse(""));
        }
        return d;
    }

    private static ActionDraft action(Action action) {
        ActionDraft a = new ActionDraft(action.at().toString(), ActionVerb.of(action.verb()), action.deferred());
        if (action instanceof Action.Fire) {
            a.methodProperty().set(FireChoice.of(((Action.Fire) action).method()));
            a.valueProperty().set(((Action.Fire) action).value());
        } else if (action instanceof Action.Add) {
            PairSpec pair = ((Action.Add) action).pair();
            a.pairCallbackProperty().set(pair.callback().toString());
            a.pairErrbackProperty().set(pair.errback().toString());
        }
        return a;
    }
}
