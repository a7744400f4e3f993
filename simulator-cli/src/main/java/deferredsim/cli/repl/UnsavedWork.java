package deferredsim.cli.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The question before unsaved work is replaced or left behind ({@code clear}, {@code load}, {@code
 * open}, {@code quit}, Ctrl-D). On a terminal that can answer it is asked, and only {@code y}
 * goes on. A dumb or piped session is never asked (it could hang on the answer): the work is kept
 * in a file instead, and the message says where.
 */
final class UnsavedWork {
    /** Where a dumb session keeps the work a command replaced. */
    static final String REPLACED = "replaced.json";

    private UnsavedWork() {}

    /**
     * Whether {@code action} (e.g. "'clear'") may replace the workbench: true when nothing is
     * unsaved, when the learner answers y, or, in a session that cannot ask, once the work is kept
     * in {@value #REPLACED} under the session's folder.
     *
     * @throws InputError when the work could not be kept, so nothing is replaced
     */
    static boolean mayReplace(ReplContext ctx, String action) throws InputError {
        if (!ctx.hasUnsavedWork()) {
            return true;
        }
        if (ctx.canAsk) {
            if (ask(
                    ctx,
                    "You have unsaved changes (" + summary(ctx.workbench) + "); " + action
                            + " replaces them. Go on? (y = yes, anything else = no)")) {
                return true;
            }
            ctx.printer.println(
                    Printer.Tone.HINT, "Kept them. 'save FILE' first (a half-finished scenario is saved as a draft).");
            return false;
        }
        Path kept = ctx.home.resolve(REPLACED);
        try {
            Files.createDirectories(ctx.home);
            FileCommands.writeSafely(kept, ctx.workbench.toDraft().write());
        } catch (IOException e) {
            throw new InputError("nothing was replaced: your unsaved changes could not be kept in " + kept + " ("
                    + e.getMessage() + "); 'save FILE' them first");
        }
        ctx.printer.println(
                Printer.Tone.HINT,
                "(Your unsaved changes were kept in " + kept + "; 'load " + FileArgument.quote(kept.toString())
                        + "' brings them back.)");
        return true;
    }

    /** What the learner decided about leaving with unsaved work. */
    enum Leaving {
        /** Stay at the prompt. */
        STAY,
        /** Leave and drop the work (the autosave goes too). */
        DROP,
        /** Leave and keep the work in the autosave for the next session. */
        KEEP
    }

    /**
     * Whether the session may end with its unsaved work: asked on a terminal that can answer (the
     * end of input while asking keeps the work); a session that cannot ask leaves, and the work
     * stays in the autosave for the next session.
     */
    static Leaving mayLeave(ReplContext ctx, PromptAutosave autosave) {
        if (!ctx.hasUnsavedWork()) {
            return Leaving.DROP;
        }
        if (ctx.canAsk) {
            int key = askKey(
                    ctx,
                    "You have unsaved changes (" + summary(ctx.workbench)
                            + "). Leave and drop them? (y = leave, anything else = stay; 'save FILE' keeps them)");
            if (key == 'y' || key == 'Y') {
                return Leaving.DROP;
            }
            if (key != Keys.EOF) {
                return Leaving.STAY;
            }
        }
        ctx.printer.println(
                Printer.Tone.HINT,
                "(Your unsaved changes stay in " + autosave.file() + "; the next session offers them back.)");
        return Leaving.KEEP;
    }

    /** One line of what the workbench holds: "d: 3 stages, x: 1 stage, 2 actions". */
    static String summary(Workbench workbench) {
        StringBuilder out = new StringBuilder();
        for (String name : workbench.names()) {
            int stages = workbench.draft(name).orElseThrow().chain.size();
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(name).append(": ").append(stages).append(stages == 1 ? " stage" : " stages");
            if (out.length() > 200) {
                out.append(", …");
                break;
            }
        }
        int actions = workbench.actions().size();
        if (actions > 0) {
            out.append(", ").append(actions).append(actions == 1 ? " action" : " actions");
        }
        return out.toString();
    }

    /** Asks a yes/no question; only y (or Y) is yes. Ctrl-C, Esc, the end of input: no. */
    private static boolean ask(ReplContext ctx, String question) {
        int key = askKey(ctx, question);
        return key == 'y' || key == 'Y';
    }

    private static int askKey(ReplContext ctx, String question) {
        ctx.printer.println(Printer.Tone.PROBLEM, question);
        ctx.printer.flush();
        int key = ctx.keys.read();
        ctx.printer.println(key == 'y' || key == 'Y' ? "  yes" : "  no");
        return key;
    }
}
