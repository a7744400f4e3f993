package deferredsim.core.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A complete, validated scenario ({@code deferred-scenario/1}): named deferreds in declaration
 * order and timed actions in listed order.
 *
 * <p>Instances are immutable. {@link ScenarioReader} makes them from JSON, enforcing the contract's
 * rules (unique names, one reference per name, no cycles, actions on top-level deferreds only,
 * ...); {@link #of(List, List)} checks the same rules for scenarios built in code.
 */
public final class Scenario {
    private final List<DeferredSpec> deferreds;
    private final List<Action> actions;
    private final Map<String, DeferredSpec> byName;
    private final Set<String> referenced;

    private Scenario(List<DeferredSpec> deferreds, List<Action> actions) {
        this.deferreds = List.copyOf(deferreds);
        this.actions = List.copyOf(actions);
        Map<String, DeferredSpec> names = new LinkedHashMap<>();
        Set<String> refs = new TreeSet<>();
        for (DeferredSpec spec : this.deferreds) {
            names.put(spec.name(), spec);
            refs.addAll(ScenarioRules.referencesOf(spec));
        }
        for (Action action : this.actions) {
            refs.addAll(ScenarioRules.referencesOf(action));
        }
        this.byName = names;
        this.referenced = refs;
    }

    /**
     * Returns the scenario of these deferreds and actions.
     *
     * @throws ScenarioException naming the first broken rule of the contract
     */
    public static Scenario of(List<DeferredSpec> deferreds, List<Action> actions) throws ScenarioException {
        ScenarioRules.check(deferreds, actions);
        return new Scenario(deferreds, actions);
    }

    /** The deferreds in declaration order. */
    public List<DeferredSpec> deferreds() {
        return deferreds;
    }

    /** The actions in listed order. */
    public List<Action> actions() {
        return actions;
    }

    /** The deferred called {@code name}, if any. */
    public Optional<DeferredSpec> deferred(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * True when no {@code defer} stage, list or {@code yield} names this deferred, so it is
     * created at time 0.
     */
    public boolean isTopLevel(String name) {
        return byName.containsKey(name) && !referenced.contains(name);
    }

    /** Two scenarios are equal when they have equal deferreds and equal actions, in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Scenario
                && ((Scenario) other).deferreds.equals(deferreds)
                && ((Scenario) other).actions.equals(actions);
    }

    @Override
    public int hashCode() {
        return 31 * deferreds.hashCode() + actions.hashCode();
    }

    @Override
    public String toString() {
        return "Scenario[deferreds=" + deferreds + ", actions=" + actions + "]";
    }
}
