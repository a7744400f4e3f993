package deferredsim.cli.repl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Offers back, at the start of a session, the work an earlier session left in its autosave when it
 * ended without saving (a crash, a kill, a closed terminal). On a terminal that can answer, the
 * learner is asked; otherwise (or on "no") the work is moved to {@code recovered.json} and the
 * message says how to load it, so it is never lost and never silently replaces anything.
 */
final class Recovery {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private Recovery() {}

    /** Looks for work left behind and offers it; prints what happened. */
    static void offer(ReplContext ctx, PromptAutosave autosave) {
        Optional<PromptAutosave.LeftBehind> found = autosave.leftBehind();
        if (found.isEmpty()) {
            return;
        }
        PromptAutosave.LeftBehind left = found.get();
        Workbench scratch = new Workbench();
        scratch.load(left.draft());
        String what = "A session that ended without saving left unsaved work (" + UnsavedWork.summary(scratch)
                + (left.owner() == null ? "" : ", from " + left.owner()) + ", "
                + WHEN.format(left.when().toInstant())
                + ").";
        if (ctx.canAsk) {
            ctx.printer.println(Printer.Tone.PROBLEM, what + " Restore it? (y = yes, anything else = keep it aside)");
            ctx.printer.flush();
            int key = ctx.keys.read();
            if (key == 'y' || key == 'Y') {
                ctx.printer.println("  yes");
                ctx.workbench.load(left.draft());
                ctx.file = left.owner();
                autosave.forget(left);
                ctx.printer.println(
                        Printer.Tone.GOOD,
                        "restored: " + UnsavedWork.summary(ctx.workbench) + " (not saved yet; 'save' keeps it)");
                autosave.update(ctx);
                return;
            }
            ctx.printer.println("  no");
        } else {
            ctx.printer.println(Printer.Tone.HINT, what);
        }
        try {
            Path kept = autosave.keepAside(left);
            ctx.printer.println(
                    Printer.Tone.HINT,
                    "It is kept in " + kept + "; 'load " + FileArgument.quote(kept.toString()) + "' brings it back.");
        } catch (IOException e) {
            ctx.printer.println(
                    Printer.Tone.HINT,
                    "It stays in " + left.file() + " (it could not be moved: " + e.getMessage() + ").");
        }
    }
}
