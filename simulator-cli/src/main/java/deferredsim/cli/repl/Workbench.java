package deferredsim.cli.repl;

import deferredsim.core.program.ProgramRun;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.CancellerSpec;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioDraft;
import deferredsim.core.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario being built at the prompt: named deferreds in the order they were introduced (the
 * first is always {@code d}), the one that pair lines go to, and the timed actions.
 *
 * <p>Edits keep whatever the user typed; {@link #toScenario()} checks the whole thing against the
 * contract only when it is run, saved or drawn, so a half-built scenario is never lost.
 */
final class Workbench {
    static final String MAIN = "d";

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<Action> actions = new ArrayList<>();
    private String current = MAIN;
    /** A recorded program shown instead of the drafts, or null. */
    private ProgramRun program;

    Workbench() {
        drafts.put(MAIN, Draft.plain());
    }

    /**
     * Shows a recorded program's run instead of the drafts (which stay as they are): the views
     * show its recording until {@link #load}, {@link #clear} or {@link #forgetProgram}.
     */
    void showProgram(ProgramRun run) {
        this.program = run;
    }

    /** The recorded program on show, or null. */
    ProgramRun program() {
        return program;
    }

    /** Back to the drafts. */
    void forgetProgram() {
        program = null;
    }

    /** The deferred that pair lines go to. */
    String current() {
        return current;
    }

    /** Makes {@code name} the deferred pair lines go to, creating a plain one if it is new. */
    void use(String name) {
        drafts.computeIfAbsent(name, n -> Draft.plain());
        current = name;
    }

    /** The draft called {@code name}, if any. */
    Optional<Draft> draft(String name) {
        return Optional.ofNullable(drafts.get(name));
    }

    /** The draft of the current deferred. */
    Draft currentDraft() {
        return drafts.get(current);
    }

    /** All deferred names in order. */
    List<String> names() {
        return List.copyOf(drafts.keySet());
    }

    /** Defines (or redefines) {@code name} as {@code draft}, keeping its chain if it had one. */
    void define(String name, Draft draft) {
        Draft old = drafts.get(name);
        if (old != null && draft.chain.isEmpty()) {
            draft.chain.addAll(old.chain);
        }
        drafts.put(name, draft);
    }

    /** Removes deferred {@code name} (not {@code d}) and its actions. */
    void remove(String name) {
        drafts.remove(name);
        actions.removeIf(a -> a.deferred().equals(name));
        if (drafts.isEmpty()) {
            drafts.put(MAIN, Draft.plain());
        }
        if (current.equals(name)) {
            current = drafts.keySet().iterator().next();
        }
    }

    List<Action> actions() {
        return actions;
    }

    /** Empties everything: {@code d} with no pairs, no other deferreds, no actions. */
    void clear() {
        program = null;
        drafts.clear();
        actions.clear();
        drafts.put(MAIN, Draft.plain());
        current = MAIN;
    }

    /**
     * True when the scenario is what the original simulator can draw: only {@code d}, with return /
     * fail / passthru pairs, no firing of its own, no canceller and no actions.
     */
    boolean isClassic() {
        if (program != null || drafts.size() != 1 || !actions.isEmpty()) {
            return false;
        }
        Draft d = drafts.get(MAIN);
        return d != null
                && d.kind == Kind.PLAIN
                && d.fire == null
                && d.canceller == null
                && d.chain.stream()
                        .noneMatch(p ->
                                p.callback() instanceof MemberSpec.Defer || p.errback() instanceof MemberSpec.Defer);
    }

    /**
     * The scenario as the contract has it.
     *
     * @throws ScenarioException naming the first broken rule
     */
    Scenario toScenario() throws ScenarioException {
        List<DeferredSpec> specs = new ArrayList<>();
        for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
            specs.add(entry.getValue().toSpec(entry.getKey()));
        }
        return Scenario.of(specs, actions);
    }

    /** Replaces everything with {@code scenario}'s deferreds and actions (an empty scenario leaves an empty {@code d}). */
    void load(Scenario scenario) {
        load(scenario.deferreds(), scenario.actions());
    }

    /** Replaces everything with {@code draft}'s deferreds and actions, complete or not. */
    void load(ScenarioDraft draft) {
        load(draft.deferreds(), draft.actions());
    }

    private void load(List<DeferredSpec> specs, List<Action> newActions) {
        program = null;
        drafts.clear();
        actions.clear();
        for (DeferredSpec spec : specs) {
            drafts.put(spec.name(), Draft.of(spec));
        }
        if (drafts.isEmpty()) {
            drafts.put(MAIN, Draft.plain());
        }
        actions.addAll(newActions);
        current = specs.isEmpty() ? MAIN : specs.get(0).name();
    }

    /** Everything as typed, complete or not: what {@code save} writes as a draft and the autosave keeps. */
    ScenarioDraft toDraft() {
        List<DeferredSpec> specs = new ArrayList<>();
        for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
            specs.add(entry.getValue().toSpec(entry.getKey()));
        }
        return ScenarioDraft.of(specs, actions);
    }

    /** True when nothing has been built: only {@code d}, plain, with no pairs, firing or canceller, and no actions. */
    boolean isEmpty() {
        Draft d = drafts.get(MAIN);
        return drafts.size() == 1
                && actions.isEmpty()
                && d != null
                && d.kind == Kind.PLAIN
                && d.chain.isEmpty()
                && d.fire == null
                && d.canceller == null;
    }

    /** A deep copy: changing either leaves the other as it was. */
    Workbench copy() {
        Workbench copy = new Workbench();
        copy.replaceWith(this);
        return copy;
    }

    /** Makes this workbench a deep copy of {@code other}. */
    void replaceWith(Workbench other) {
        if (other == this) {
            return;
        }
        drafts.clear();
        other.drafts.forEach((name, draft) -> drafts.put(name, draft.copy()));
        actions.clear();
        actions.addAll(other.actions);
        current = other.current;
        program = other.program;
    }

    /** The kinds of deferred a draft can be. */
    enum Kind {
        PLAIN,
        LIST,
        INLINE
    }

    /** One deferred as built so far. Mutable; owned by its workbench. */
    static final class Draft {
        final Kind kind;
        final List<PairSpec> chain = new ArrayList<>();
        FireSpec fire;
        CancellerSpec canceller;
        final List<String> members = new ArrayList<>();
        ListOptions options = ListOptions.PLAIN;
        final List<InlineStep> steps = new ArrayList<>();

        private Draft(Kind kind) {
            this.kind = kind;
        }

        static Draft plain() {
            return new Draft(Kind.PLAIN);
        }

        static Draft list(List<String> members, ListOptions options) {
            Draft draft = new Draft(Kind.LIST);
            draft.members.addAll(members);
            draft.options = options;
            return draft;
        }

        static Draft inline(List<InlineStep> steps) {
            Draft draft = new Draft(Kind.INLINE);
            draft.steps.addAll(steps);
            return draft;
        }

        /** A copy with its own lists. */
        Draft copy() {
            Draft copy = new Draft(kind);
            copy.chain.addAll(chain);
            copy.fire = fire;
            copy.canceller = canceller;
            copy.members.addAll(members);
            copy.options = options;
            copy.steps.addAll(steps);
            return copy;
        }

        static Draft of(DeferredSpec spec) {
            Draft draft;
            if (spec instanceof DeferredSpec.Plain) {
                DeferredSpec.Plain plain = (DeferredSpec.Plain) spec;
                draft = plain();
                draft.fire = plain.fire().orElse(null);
                draft.canceller = plain.canceller().orElse(null);
            } else if (spec instanceof DeferredSpec.ListOf) {
                DeferredSpec.ListOf list = (DeferredSpec.ListOf) spec;
                draft = list(list.members(), list.options());
            } else {
                draft = inline(((DeferredSpec.Inline) spec).steps());
            }
            draft.chain.addAll(spec.chain());
            return draft;
        }

        DeferredSpec toSpec(String name) {
            switch (kind) {
                case PLAIN:
                    return new DeferredSpec.Plain(
                            name, chain, Optional.ofNullable(fire), Optional.ofNullable(canceller));
                case LIST:
                    return new DeferredSpec.ListOf(name, members, options, chain);
                default:
                    return new DeferredSpec.Inline(name, steps, chain);
            }
        }
    }
}
