package deferredsim.gui.editor;

import deferredsim.core.recording.Side;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioPlace;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds problems in drafts and says where they are: every stage text and time field on its own,
 * and the scenario reader's first problem mapped from its JSON path back to a draft.
 */
final class ProblemFinder {
    private static final String TIME = "expected a time: a number of seconds >= 0, such as 0, 2 or 1.5";

    private ProblemFinder() {}

    /** Problems visible in single fields: stage texts that do not parse, times that are not numbers. */
    static List<Problem> localProblems(List<DeferredDraft> deferreds, List<ActionDraft> actions) {
        List<Problem> found = new ArrayList<>();
        for (int i = 0; i < deferreds.size(); i++) {
            DeferredDraft d = deferreds.get(i);
            for (int k = 0; k < d.pairs.size(); k++) {
                PairDraft p = d.pairs.get(k);
                String at = "$.deferreds[" + i + "].chain[" + k + "]";
                if (!p.callbackProblemProperty().get().isEmpty()) {
                    found.add(new Problem(
                            at + "[0]",
                            where(at + "[0]", deferreds),
                            p.callbackProblemProperty().get()));
                }
                if (!p.errbackProblemProperty().get().isEmpty()) {
                    found.add(new Problem(
                            at + "[1]",
                            where(at + "[1]", deferreds),
                            p.errbackProblemProperty().get()));
                }
            }
            if (d.getKind() == DeferredKindChoice.PLAIN
                    && d.fireProperty().get() != FireChoice.NONE
                    && !DraftJson.isNumber(d.fireAfterProperty().get().strip())) {
                String path = "$.deferreds[" + i + "].fire.after";
                found.add(new Problem(path, where(path, deferreds), TIME));
            }
        }
        for (int j = 0; j < actions.size(); j++) {
            ActionDraft a = actions.get(j);
            if (!DraftJson.isNumber(a.atProperty().get().strip())) {
                String path = "$.actions[" + j + "].at";
                found.add(new Problem(path, where(path, deferreds), TIME));
            }
            if (a.verbProperty().get() == ActionVerb.ADD) {
                String[] texts = {
                    a.pairCallbackProperty().get(), a.pairErrbackProperty().get()
                };
                for (int side = 0; side < 2; side++) {
                    String problem = PairDraft.stageProblem(texts[side]);
                    if (!problem.isEmpty()) {
                        String path = "$.actions[" + j + "].pair[" + side + "]";
                        found.add(new Problem(path, where(path, deferreds), problem));
                    }
                }
            }
        }
        return found;
    }

    /** The reader's problem, placed. */
    static Problem fromReader(ScenarioException broken, List<DeferredDraft> deferreds) {
        return new Problem(broken.path(), where(broken.path(), deferreds), broken.problem());
    }

    /** Shows {@code problem} on the draft its place names (the whole scenario has no field of its own). */
    static void attach(Problem problem, List<DeferredDraft> deferreds, List<ActionDraft> actions) {
        switch (ScenarioPlace.of(problem.path())) {
            case ScenarioPlace.InDeferred in -> {
                if (in.index() >= deferreds.size()) {
                    return;
                }
                DeferredDraft draft = deferreds.get(in.index());
                if (in.part() instanceof ScenarioPlace.Part.Pair pair
                        && pair.member().isPresent()
                        && shownOnPair(draft, pair.pair(), pair.member().get(), problem)) {
                    return;
                }
                if (draft.problem.get().isEmpty()) {
                    draft.problem.set(problem.toString());
                    draft.problemPath.set(field(in.part()));
                }
            }
            case ScenarioPlace.InAction in -> {
                if (in.index() < actions.size()
                        && actions.get(in.index()).problem.get().isEmpty()) {
                    actions.get(in.index()).problem.set(problem.message());
                }
            }
            case ScenarioPlace.Whole whole -> {}
        }
    }

    /** The deferred's field a part falls in, as the editor marks it: {@code .name}, {@code .fire.after}, {@code .list}... */
    private static String field(ScenarioPlace.Part part) {
        return switch (part) {
            case ScenarioPlace.Part.Itself itself -> "";
            case ScenarioPlace.Part.Pair pair -> ".chain";
            case ScenarioPlace.Part.ListMember member -> ".list";
            case ScenarioPlace.Part.Step step -> ".inline";
            case ScenarioPlace.Part.Field other -> "." + other.path();
        };
    }

    /** True when the pair's own field already shows this problem (a parse error as the learner types). */
    private static boolean shownOnPair(DeferredDraft draft, int pair, Side member, Problem problem) {
        if (pair >= draft.pairs.size()) {
            return false;
        }
        PairDraft p = draft.pairs.get(pair);
        String shown = member == Side.CALLBACK
                ? p.callbackProblemProperty().get()
                : p.errbackProblemProperty().get();
        return shown.equals(problem.message());
    }

    /** A JSON path in words: {@code d, pair 2, callback}. */
    static String where(String path, List<DeferredDraft> deferreds) {
        List<String> names = new ArrayList<>();
        deferreds.forEach(d -> names.add(d.getName()));
        return ScenarioPlace.of(path).words(names);
    }
}
