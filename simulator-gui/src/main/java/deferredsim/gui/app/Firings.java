package deferredsim.gui.app;

import deferredsim.core.reading.Words;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The classic diagram's comparison: the same chain fired by {@code callback} and by {@code
 * errback}. {@link #flip} changes only the scenario (its first top-level deferred that fires by
 * itself is fired the other way); the engine then runs it as it runs any scenario.
 */
final class Firings {
    private Firings() {}

    /** The scenario with its first self-firing top-level deferred fired the other way, or null when it has none. */
    static Scenario flip(Scenario scenario) {
        List<DeferredSpec> specs = new ArrayList<>(scenario.deferreds());
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i) instanceof DeferredSpec.Plain
                    && scenario.isTopLevel(specs.get(i).name())) {
                DeferredSpec.Plain plain = (DeferredSpec.Plain) specs.get(i);
                if (plain.fire().isPresent()) {
                    FireSpec fire = plain.fire().get();
                    FireMethod other = fire.method() == FireMethod.CALLBACK ? FireMethod.ERRBACK : FireMethod.CALLBACK;
                    specs.set(
                            i,
                            new DeferredSpec.Plain(
                                    plain.name(),
                                    plain.chain(),
                                    Optional.of(new FireSpec(other, fire.value(), fire.after())),
                                    plain.canceller()));
                    try {
                        return Scenario.of(specs, scenario.actions());
                    } catch (ScenarioException impossible) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** {@code d.callback(initial)} for the first self-firing top-level deferred, or "". */
    static String describe(Scenario scenario) {
        for (DeferredSpec spec : scenario.deferreds()) {
            if (spec instanceof DeferredSpec.Plain
                    && scenario.isTopLevel(spec.name())
                    && ((DeferredSpec.Plain) spec).fire().isPresent()) {
                FireSpec fire = ((DeferredSpec.Plain) spec).fire().get();
                return Words.call(spec.name(), fire.method(), fire.value());
            }
        }
        return "";
    }
}
