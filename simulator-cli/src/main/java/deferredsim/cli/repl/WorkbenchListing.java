package deferredsim.cli.repl;

import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.ListOptions;
import java.util.ArrayList;
import java.util.List;

/** The text of {@code list}: every deferred with its numbered pairs, firing and actions. */
final class WorkbenchListing {
    private WorkbenchListing() {}

    static List<String> lines(Workbench workbench) {
        List<String> lines = new ArrayList<>();
        for (String name : workbench.names()) {
            Workbench.Draft draft = workbench.draft(name).orElseThrow();
            String marker = name.equals(workbench.current()) ? "> " : "  ";
            lines.add(marker + name + ": " + kindOf(draft));
            for (int i = 0; i < draft.chain.size(); i++) {
                lines.add(String.format(
                        java.util.Locale.ROOT, "    %2d  %s", i, ChainCommands.describe(draft.chain.get(i))));
            }
            if (draft.chain.isEmpty() && draft.kind == Workbench.Kind.PLAIN) {
                lines.add("        (no pairs yet)");
            }
        }
        if (!workbench.actions().isEmpty()) {
            lines.add("  actions:");
            for (Action action : workbench.actions()) {
                lines.add("    at " + action.at() + ": " + describe(action));
            }
        }
        lines.add("(pair lines go to " + workbench.current() + ")");
        return lines;
    }

    private static String kindOf(Workbench.Draft draft) {
        switch (draft.kind) {
            case LIST:
                return (draft.options.gather() ? "gatherResults" : "DeferredList" + flags(draft.options)) + " of "
                        + String.join(", ", draft.members);
            case INLINE:
                return "inlineCallbacks generator: "
                        + String.join(
                                "; ", draft.steps.stream().map(Object::toString).toList());
            default:
                String fire = draft.fire == null ? "not fired by itself" : describe(draft.fire);
                String canceller = draft.canceller == null ? "" : ", canceller " + draft.canceller;
                return "plain, " + fire + canceller;
        }
    }

    private static String flags(ListOptions options) {
        List<String> flags = new ArrayList<>();
        if (options.fireOnOneCallback()) {
            flags.add("fireOnOneCallback");
        }
        if (options.fireOnOneErrback()) {
            flags.add("fireOnOneErrback");
        }
        if (options.consumeErrors()) {
            flags.add("consumeErrors");
        }
        return flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")";
    }

    static String describe(FireSpec fire) {
        return "fired with " + fire.method().word() + "(" + fire.value() + ") " + fire.after()
                + " s after it is created";
    }

    static String describe(Action action) {
        if (action instanceof Action.Fire) {
            Action.Fire fire = (Action.Fire) action;
            return action.deferred() + "." + fire.method().word() + "(" + fire.value() + ")";
        }
        if (action instanceof Action.Add) {
            return "add to " + action.deferred() + ": " + ChainCommands.describe(((Action.Add) action).pair());
        }
        return action.deferred() + "." + action.verb() + "()";
    }
}
