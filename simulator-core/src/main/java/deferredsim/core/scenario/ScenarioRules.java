package deferredsim.core.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's rules that span a whole scenario (section 4 of the spec): unique names, known
 * names, one reference per name, no reference cycles, actions on top-level deferreds only, fire
 * actions on plain ones only, every unpause after a pause, and times whose sums a double holds
 * (section 6). Messages carry the JSON path of the offending value.
 */
final class ScenarioRules {
    /** Relative room for the rounding of float additions when bounding a scenario's times. */
    private static final double ROUNDING_ROOM = 1e-9;

    private ScenarioRules() {}

    /** The names {@code spec} refers to: its defer stages, list members and yields, in order. */
    static List<String> referencesOf(DeferredSpec spec) {
        List<String> names = new ArrayList<>(spec.references());
        for (PairSpec pair : spec.chain()) {
            addDeferNames(pair, names);
        }
        return names;
    }

    /** The names an action refers to: the defer stages of an {@code add} action's pair. */
    static List<String> referencesOf(Action action) {
        List<String> names = new ArrayList<>();
        if (action instanceof Action.Add) {
            addDeferNames(((Action.Add) action).pair(), names);
        }
        return names;
    }

    private static void addDeferNames(PairSpec pair, List<String> names) {
        if (pair.callback() instanceof MemberSpec.Defer) {
            names.add(((MemberSpec.Defer) pair.callback()).name());
        }
        if (pair.errback() instanceof MemberSpec.Defer) {
            names.add(((MemberSpec.Defer) pair.errback()).name());
        }
    }

    static void check(List<DeferredSpec> deferreds, List<Action> actions) throws ScenarioException {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < deferreds.size(); i++) {
            String name = deferreds.get(i).name();
            if (!PythonWhitespace.isWord(name)) {
                throw new ScenarioException(
                        "$.deferreds[" + i + "].name",
                        "a name is one or more characters without whitespace, not " + Located.show(name));
            }
            Integer earlier = index.putIfAbsent(name, i);
            if (earlier != null) {
                throw new ScenarioException(
                        "$.deferreds[" + i + "].name",
                        "the name " + Located.show(name) + " is already used by $.deferreds[" + earlier + "]");
            }
        }
        Map<String, String> referencedAt = new HashMap<>();
        for (int i = 0; i < deferreds.size(); i++) {
            checkReferences(deferreds.get(i), "$.deferreds[" + i + "]", index, referencedAt);
        }
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            if (action instanceof Action.Add) {
                PairSpec pair = ((Action.Add) action).pair();
                String at = "$.actions[" + i + "].pair";
                checkStage(pair.callback(), at + "[0]", index, referencedAt);
                checkStage(pair.errback(), at + "[1]", index, referencedAt);
            }
        }
        checkNoCycles(deferreds, index);
        checkActions(deferreds, actions, index, referencedAt);
        checkTimesFit(deferreds, actions);
    }

    /**
     * Rejects a scenario whose times could add up beyond the largest double. No clock time can
     * exceed the latest action plus the sum of every fire's {@code after} (each deferred is created
     * once, at most at the time of what creates it); when that bound, with room for rounding, is
     * infinite, Twisted's clock could reach {@code inf}, after which {@code advance} computes
     * {@code inf - inf} and never ends. The message is placed at the {@code after} that tips the sum.
     */
    private static void checkTimesFit(List<DeferredSpec> deferreds, List<Action> actions) throws ScenarioException {
        double latest = 0;
        for (Action action : actions) {
            latest = Math.max(latest, action.at().toSecondsDouble());
        }
        double bound = latest;
        for (int i = 0; i < deferreds.size(); i++) {
            if (deferreds.get(i) instanceof DeferredSpec.Plain plain
                    && plain.fire().isPresent()) {
                bound += plain.fire().get().after().toSecondsDouble();
                if (Double.isInfinite(bound * (1 + ROUNDING_ROOM))) {
                    throw new ScenarioException(
                            "$.deferreds[" + i + "].fire.after",
                            "the times of this scenario can add up to more than the largest float (about 1.8e+308"
                                    + " seconds): the latest action plus every fire's after is inf; Twisted's clock"
                                    + " would reach inf and stop advancing");
                }
            }
        }
    }

    private static void checkReferences(
            DeferredSpec spec, String at, Map<String, Integer> index, Map<String, String> referencedAt)
            throws ScenarioException {
        List<PairSpec> chain = spec.chain();
        for (int p = 0; p < chain.size(); p++) {
            checkStage(chain.get(p).callback(), at + ".chain[" + p + "][0]", index, referencedAt);
            checkStage(chain.get(p).errback(), at + ".chain[" + p + "][1]", index, referencedAt);
        }
        if (spec instanceof DeferredSpec.ListOf) {
            List<String> members = ((DeferredSpec.ListOf) spec).members();
            for (int m = 0; m < members.size(); m++) {
                reference(members.get(m), at + ".list[" + m + "]", index, referencedAt);
            }
        } else if (spec instanceof DeferredSpec.Inline) {
            List<InlineStep> steps = ((DeferredSpec.Inline) spec).steps();
            for (int s = 0; s < steps.size(); s++) {
                if (steps.get(s) instanceof InlineStep.Yield) {
                    reference(((InlineStep.Yield) steps.get(s)).name(), at + ".inline[" + s + "]", index, referencedAt);
                }
            }
        }
    }

    private static void checkStage(
            MemberSpec stage, String at, Map<String, Integer> index, Map<String, String> referencedAt)
            throws ScenarioException {
        if (stage instanceof MemberSpec.Defer) {
            reference(((MemberSpec.Defer) stage).name(), at, index, referencedAt);
        }
    }

    private static void reference(String name, String at, Map<String, Integer> index, Map<String, String> referencedAt)
            throws ScenarioException {
        if (!index.containsKey(name)) {
            throw new ScenarioException(
                    at, "no deferred is named " + Located.show(name) + "; expected one of " + someOf(index));
        }
        String earlier = referencedAt.putIfAbsent(name, at);
        if (earlier != null) {
            throw new ScenarioException(
                    at,
                    Located.show(name) + " is already referenced at " + earlier
                            + "; a deferred can be referenced from one place only");
        }
    }

    private static void checkNoCycles(List<DeferredSpec> deferreds, Map<String, Integer> index)
            throws ScenarioException {
        // Each name is referenced from one place at most, so every name has at most one parent and
        // the graph is a forest unless some walk up the parents comes back to where it started.
        // Names whose walk reached a root are remembered, so the whole check is linear.
        Map<String, String> parent = new HashMap<>();
        for (DeferredSpec spec : deferreds) {
            for (String child : referencesOf(spec)) {
                parent.put(child, spec.name());
            }
        }
        java.util.Set<String> reachRoot = new java.util.HashSet<>();
        for (DeferredSpec spec : deferreds) {
            java.util.Set<String> walked = new java.util.HashSet<>();
            String current = spec.name();
            while (current != null && !reachRoot.contains(current)) {
                if (!walked.add(current)) {
                    throw new ScenarioException(
                            "$.deferreds[" + index.get(current) + "]",
                            Located.show(current) + " takes part in a reference cycle ("
                                    + describeCycle(current, parent) + "); a deferred cannot wait on itself");
                }
                current = parent.get(current);
            }
            reachRoot.addAll(walked);
        }
    }

    private static String describeCycle(String start, Map<String, String> parent) {
        List<String> names = new ArrayList<>();
        names.add(start);
        String current = parent.get(start);
        while (current != null && !current.equals(start)) {
            names.add(0, current);
            current = parent.get(current);
        }
        names.add(0, start);
        return String.join(" -> ", names.stream().map(Located::bare).toList());
    }

    /** The names of a scenario for a message: all of them up to ten, else the first ten and how many more. */
    private static String someOf(Map<String, Integer> index) {
        List<String> shown =
                index.keySet().stream().limit(10).map(Located::bare).toList();
        String more = index.size() > shown.size() ? ", ... (" + (index.size() - shown.size()) + " more)" : "";
        return "[" + String.join(", ", shown) + more + "]";
    }

    private static void checkActions(
            List<DeferredSpec> deferreds,
            List<Action> actions,
            Map<String, Integer> index,
            Map<String, String> referencedAt)
            throws ScenarioException {
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            String at = "$.actions[" + i + "].deferred";
            Integer target = index.get(action.deferred());
            if (target == null) {
                throw new ScenarioException(
                        at,
                        "no deferred is named " + Located.show(action.deferred()) + "; expected one of "
                                + someOf(index));
            }
            if (referencedAt.containsKey(action.deferred())) {
                throw new ScenarioException(
                        at,
                        "actions name top-level deferreds only, and " + Located.show(action.deferred())
                                + " is referenced at " + referencedAt.get(action.deferred()));
            }
            if (action instanceof Action.Fire && !(deferreds.get(target) instanceof DeferredSpec.Plain)) {
                throw new ScenarioException(
                        at,
                        "a fire action needs a plain deferred; " + Located.show(action.deferred())
                                + " is a list or inline deferred");
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> actions.get(i).at()).thenComparing(i -> i));
        Map<String, Integer> pauses = new HashMap<>();
        for (int i : order) {
            Action action = actions.get(i);
            if (action instanceof Action.Pause) {
                pauses.merge(action.deferred(), 1, Integer::sum);
            } else if (action instanceof Action.Unpause) {
                int open = pauses.getOrDefault(action.deferred(), 0);
                if (open == 0) {
                    throw new ScenarioException(
                            "$.actions[" + i + "]",
                            "unpause of " + Located.show(action.deferred()) + " at " + action.at()
                                    + " needs an earlier pause of it");
                }
                pauses.put(action.deferred(), open - 1);
            }
        }
    }
}
