package deferredsim.gui.editor;

import deferredsim.core.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds problems in drafts and says where they are: every stage text and time field on its own,
 * and the scenario reader's first problem mapped from its JSON path back to a draft.
 */
final class ProblemFinder {
    private static final Pattern DEFERRED = Pattern.compile("^\\$\\.deferreds\\[(\\d+)\\](.*)$");
    private static final Pattern ACTION = Pattern.compile("^\\$\\.actions\\[(\\d+)\\](.*)$");
    private static final Pattern PAIR = Pattern.compile("^\\.chain\\[(\\d+)\\](?:\\[(\\d)\\])?.*$");
    private static final Pattern INDEXED = Pattern.compile("^\\.(inline|list)\\[(\\d+)\\].*$");
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

    /** Shows {@code problem} on the draft its path names (the whole scenario has no field of its own). */
    static void attach(Problem problem, List<DeferredDraft> deferreds, List<ActionDraft> actions) {
        Matcher d = DEFERRED.matcher(problem.path());
        if (d.matches()) {
            int i = Integer.parseInt(d.group(1));
            if (i >= deferreds.size()) {
                return;
            }
            DeferredDraft draft = deferreds.get(i);
            Matcher pair = PAIR.matcher(d.group(2));
            if (pair.matches() && pair.group(2) != null && shownOnPair(draft, pair, problem)) {
                return;
            }
            if (draft.problem.get().isEmpty()) {
                draft.problem.set(problem.toString());
                draft.problemPath.set(d.group(2));
            }
            return;
        }
        Matcher a = ACTION.matcher(problem.path());
        if (a.matches()) {
            int j = Integer.parseInt(a.group(1));
            if (j < actions.size() && actions.get(j).problem.get().isEmpty()) {
                actions.get(j).problem.set(problem.message());
            }
        }
    }

    /** True when the pair's own field already shows this problem (a parse error as the learner types). */
    private static boolean shownOnPair(DeferredDraft draft, Matcher pair, Problem problem) {
        int k = Integer.parseInt(pair.group(1));
        if (k >= draft.pairs.size()) {
            return false;
        }
        PairDraft p = draft.pairs.get(k);
        String shown = pair.group(2).equals("0")
                ? p.callbackProblemProperty().get()
                : p.errbackProblemProperty().get();
        return shown.equals(problem.message());
    }

    /** A JSON path in words: {@code d, pair 2, callback}. */
    static String where(String path, List<DeferredDraft> deferreds) {
        Matcher d = DEFERRED.matcher(path);
        if (d.matches()) {
            int i = Integer.parseInt(d.group(1));
            String name = i < deferreds.size() && !deferreds.get(i).getName().isBlank()
                    ? deferreds.get(i).getName()
                    : "deferred " + (i + 1);
            String rest = d.group(2);
            Matcher pair = PAIR.matcher(rest);
            if (pair.matches()) {
                String side = pair.group(2) == null ? "" : pair.group(2).equals("0") ? ", callback" : ", errback";
                return name + ", pair " + (Integer.parseInt(pair.group(1)) + 1) + side;
            }
            Matcher indexed = INDEXED.matcher(rest);
            if (indexed.matches()) {
                return name
                        + (indexed.group(1).equals("inline") ? ", step " : ", member ")
                        + (Integer.parseInt(indexed.group(2)) + 1);
            }
            return rest.isEmpty() ? name : name + ", " + rest.substring(1).replace('.', ' ');
        }
        Matcher a = ACTION.matcher(path);
        if (a.matches()) {
            String rest = a.group(2);
            return "action " + (Integer.parseInt(a.group(1)) + 1) + (rest.isEmpty() ? "" : ", " + rest.substring(1));
        }
        return "scenario";
    }
}
