package deferredsim.cli.repl;

import deferredsim.core.scenario.PairSpec;
import java.util.List;

/** Editing the chain of the current deferred: list, edit, delete, insert, clear, use. */
final class ChainCommands {
    private ChainCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                        "list",
                        "list",
                        "show the stages, numbered, and the other deferreds",
                        "Shows each deferred's pairs as stages numbered from 0, as the trace, 'explain' and 'step'"
                            + " number\n"
                            + "them (the numbers edit, delete and insert use), how each deferred is fired, and the\n"
                            + "timed actions.",
                        Command.Arguments.NONE,
                        ChainCommands::list)
                .worksOnAnything());
        registry.add(new Command(
                "edit",
                "edit N PAIR",
                "replace stage N, e.g. edit 1 r ok p",
                "Replaces stage N (counted from 0) of the current deferred with PAIR (CALLBACK ERRBACK).",
                Command.Arguments.PAIR,
                (args, ctx) -> {
                    List<PairSpec> chain = ctx.workbench.currentDraft().chain;
                    int n = Args.stageNumber(args, 0, chain.size());
                    chain.set(n, PairInput.parse(args, 1));
                    ctx.printer.println(Printer.Tone.GOOD, "stage " + n + " is now " + describe(chain.get(n)));
                }));
        registry.add(new Command(
                "delete",
                "delete N",
                "remove stage N",
                "Removes stage N (counted from 0) of the current deferred; later stages move up one.",
                Command.Arguments.NONE,
                (args, ctx) -> {
                    List<PairSpec> chain = ctx.workbench.currentDraft().chain;
                    int n = Args.stageNumber(args, 0, chain.size());
                    Args.noMore(args, 1);
                    PairSpec removed = chain.remove(n);
                    ctx.printer.println(Printer.Tone.GOOD, "removed stage " + n + " (" + describe(removed) + ")");
                }));
        registry.add(new Command(
                "insert",
                "insert N PAIR",
                "put PAIR before stage N",
                "Inserts PAIR as stage N (counted from 0) of the current deferred; N may be the number of\n"
                        + "stages, which appends.",
                Command.Arguments.PAIR,
                (args, ctx) -> {
                    List<PairSpec> chain = ctx.workbench.currentDraft().chain;
                    int n = Args.stageNumber(args, 0, chain.size() + 1);
                    chain.add(n, PairInput.parse(args, 1));
                    ctx.printer.println(Printer.Tone.GOOD, "inserted as stage " + n);
                }));
        registry.add(new Command(
                        "clear",
                        "clear",
                        "start again with an empty d (or leave a reactor scenario)",
                        "Forgets every pair, deferred and action, asking first when some are not saved. With a\n"
                                + "reactor scenario shown, goes back to the chains you were building instead.",
                        Command.Arguments.NONE,
                        ChainCommands::clear)
                .worksOnAnything());
        registry.add(new Command(
                "use",
                "use NAME",
                "send pair lines to deferred NAME (new: a plain one)",
                "Pair lines go to the current deferred, d at first. 'use x' switches to x, creating a plain\n"
                        + "deferred x if there is none; a stage 'defer x' in another chain then returns it.",
                Command.Arguments.DEFERRED_NAMES,
                (args, ctx) -> {
                    String name = Args.name(args, 0);
                    Args.noMore(args, 1);
                    boolean isNew = ctx.workbench.draft(name).isEmpty();
                    ctx.workbench.use(name);
                    ctx.printer.println(
                            Printer.Tone.GOOD,
                            (isNew ? "new deferred " : "now editing ")
                                    + name
                                    + (isNew ? "; pair lines now go to it" : ""));
                }));
    }

    private static void list(Tokens args, ReplContext ctx) throws InputError {
        Args.noMore(args, 0);
        if (ctx.reactor != null) {
            ctx.printer.println(
                    "The reactor scenario " + ctx.reactor.name + " is shown (" + ctx.reactor.recording.size()
                            + " events): Enter draws its timeline, 'step' walks through it, 'trace' prints its"
                            + " events.");
            ctx.printer.println(
                    Printer.Tone.HINT,
                    "'clear' goes back to the chains you were building (" + UnsavedWork.summary(ctx.workbench) + ").");
            return;
        }
        ctx.printer.printAll(WorkbenchListing.lines(ctx.workbench));
    }

    private static void clear(Tokens args, ReplContext ctx) throws InputError {
        Args.noMore(args, 0);
        if (ctx.reactor != null) {
            String name = ctx.reactor.name;
            ctx.reactor = null;
            ctx.printer.println(
                    Printer.Tone.GOOD,
                    "left the reactor scenario " + name + "; back to your chains (" + UnsavedWork.summary(ctx.workbench)
                            + ")");
            return;
        }
        if (!UnsavedWork.mayReplace(ctx, "'clear'")) {
            return;
        }
        ctx.workbench.clear();
        ctx.file = null;
        ctx.markSaved();
        ctx.printer.println(Printer.Tone.GOOD, "cleared: d has no pairs");
    }

    static String describe(PairSpec pair) {
        return pair.callback() + " | " + pair.errback();
    }
}
