package deferredsim.lessons.internal;

import deferredsim.core.code.ScenarioPython;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A change to one part of a Deferred scenario that sits on one line of its code ({@link
 * ScenarioPython}): a pair of a chain, a step of a generator, how a deferred is made (a
 * DeferredList's flags, {@code succeed}/{@code fail}), a deferred's own fire, a timed action. A
 * find-the-bug answer and an exercise file's fixes both become one ({@link LineEdit}).
 */
sealed interface LineChange {
    /** The line of {@code scenario}'s code this change alters, if the code has that part. */
    OptionalInt line(Scenario scenario);

    /** {@code deferred} as this change leaves it; the default leaves it as it is. */
    default DeferredSpec changed(DeferredSpec deferred) {
        return deferred;
    }

    /** The timed actions as this change leaves them; the default leaves them as they are. */
    default List<Action> changedActions(List<Action> actions) {
        return actions;
    }

    /**
     * {@code scenario} with this change made.
     *
     * @throws ScenarioException when the changed scenario breaks a rule (a name referenced twice, a
     *     deferred that does not exist)
     */
    default Scenario applyTo(Scenario scenario) throws ScenarioException {
        List<DeferredSpec> deferreds = new ArrayList<>();
        for (DeferredSpec spec : scenario.deferreds()) {
            deferreds.add(changed(spec));
        }
        return Scenario.of(deferreds, changedActions(scenario.actions()));
    }

    /** Pair {@code stage} of {@code deferred}'s own chain becomes {@code pairs} (one or more). */
    record Replace(String deferred, int stage, List<PairSpec> pairs) implements LineChange {
        public Replace {
            pairs = List.copyOf(pairs);
        }

        @Override
        public OptionalInt line(Scenario scenario) {
            return ScenarioPython.pairLine(scenario, deferred, stage);
        }

        @Override
        public DeferredSpec changed(DeferredSpec spec) {
            return spec.name().equals(deferred) ? spec.withChain(spliced(spec.chain(), stage, pairs)) : spec;
        }
    }

    /** Pair {@code stage} of {@code deferred}'s own chain goes. */
    record DeletePair(String deferred, int stage) implements LineChange {
        @Override
        public OptionalInt line(Scenario scenario) {
            return ScenarioPython.pairLine(scenario, deferred, stage);
        }

        @Override
        public DeferredSpec changed(DeferredSpec spec) {
            return spec.name().equals(deferred) ? spec.withChain(spliced(spec.chain(), stage, List.of())) : spec;
        }
    }

    /** Timed action number {@code index} goes. */
    record DeleteAction(int index) implements LineChange {
        @Override
        public OptionalInt line(Scenario scenario) {
            return ScenarioPython.actionLine(scenario, index);
        }

        @Override
        public List<Action> changedActions(List<Action> actions) {
            List<Action> left = new ArrayList<>(actions);
            left.remove(index);
            return left;
        }
    }

    /** {@code deferred}'s own fire goes. */
    record DeleteFire(String deferred) implements LineChange {
        @Override
        public OptionalInt line(Scenario scenario) {
            return ScenarioPython.fireLine(scenario, deferred);
        }

        @Override
        public DeferredSpec changed(DeferredSpec spec) {
            return spec.name().equals(deferred) && spec instanceof DeferredSpec.Plain plain
                    ? new DeferredSpec.Plain(plain.name(), plain.chain(), Optional.empty(), plain.canceller())
                    : spec;
        }
    }

    /** Step {@code step} of inline {@code deferred}'s generator becomes {@code to}. */
    record ReplaceStep(String deferred, int step, InlineStep to) implements LineChange {
        @Override
        public OptionalInt line(Scenario scenario) {
            return ScenarioPython.stepLine(scenario, deferred, step);
        }

        @Override
        public DeferredSpec changed(DeferredSpec spec) {
            return spec.name().equals(deferred) && spec instanceof DeferredSpec.Inline inline
                    ? new DeferredSpec.Inline(inline.name(), spliced(inline.steps(), step, List.of(to)), inline.chain())
                    : spec;
        }
    }

    /** Step {@code step} of inline {@code deferred}'s generator goes. */
    record DeleteStep(String deferred, int step) implements LineChange {
        @Override
        public OptionalInt line(Scenario scenario) {
            return ScenarioPython.stepLine(scenario, deferred, step);
        }

        @Override
        public DeferredSpec changed(DeferredSpec spec) {
            return spec.name().equals(deferred) && spec instanceof DeferredSpec.Inline inline
                    ? new DeferredSpec.Inline(inline.name(), spliced(inline.steps(), step, List.of()), inline.chain())
                    : spec;
        }
    }

    /** DeferredList {@code deferred} is made with {@code options} (its members stay). */
    record Flags(String deferred, ListOptions options) implements LineChange {
        @Override
        public OptionalInt line(Scenario scenario) {
            return ScenarioPython.makeLine(scenario, deferred);
        }

        @Override
        public DeferredSpec changed(DeferredSpec spec) {
            return spec.name().equals(deferred) && spec instanceof DeferredSpec.ListOf list
                    ? new DeferredSpec.ListOf(list.name(), list.members(), options, list.chain())
                    : spec;
        }
    }

    /**
     * Plain {@code deferred}, made when first needed, is made with its result already, as {@code
     * succeed(v)} or {@code fail(e)} make one: its own fire becomes {@code fire} (after 0).
     */
    record MadeFired(String deferred, FireSpec fire) implements LineChange {
        @Override
        public OptionalInt line(Scenario scenario) {
            return ScenarioPython.makeLine(scenario, deferred);
        }

        @Override
        public DeferredSpec changed(DeferredSpec spec) {
            return spec.name().equals(deferred) && spec instanceof DeferredSpec.Plain plain
                    ? new DeferredSpec.Plain(plain.name(), plain.chain(), Optional.of(fire), plain.canceller())
                    : spec;
        }
    }

    private static <T> List<T> spliced(List<T> items, int at, List<T> replacement) {
        List<T> out = new ArrayList<>(items.subList(0, at));
        out.addAll(replacement);
        out.addAll(items.subList(at + 1, items.size()));
        return out;
    }
}
