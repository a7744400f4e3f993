package deferredsim.cli.repl;

import deferredsim.core.scenario.CancellerSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.InlineStep;
import deferredsim.core.scenario.ListOptions;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Defining deferreds: how they fire, cancellers, DeferredLists, gatherResults, generators. */
final class DeferredCommands {
    private DeferredCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                "fire",
                "fire [NAME] callback|errback V [after T] | fire [NAME] none",
                "how a deferred fires (default: both firings, like the original)",
                "Without 'fire', the diagram shows d.callback(initial) and d.errback(initial*) side by side.\n"
                        + "'fire callback hello after 2' fires the current deferred 2 s after it is created;\n"
                        + "'fire x errback oops after 1' sets deferred x's firing; 'fire none' removes it.",
                Command.Arguments.DEFERRED_NAMES,
                DeferredCommands::fire));
        registry.add(new Command(
                "canceller",
                "canceller [NAME] nothing|callback V|errback V|none",
                "give a deferred a canceller",
                "A canceller runs when cancel() is called before the deferred fired. 'nothing' does nothing\n"
                        + "(the deferred still errbacks with CancelledError, but a late fire now raises\n"
                        + "AlreadyCalledError); 'callback V' / 'errback V' fire the deferred from the canceller.",
                Command.Arguments.DEFERRED_NAMES,
                DeferredCommands::canceller));
        registry.add(new Command(
                "dlist",
                "dlist NAME MEMBER... [fireOnOneCallback] [fireOnOneErrback] [consumeErrors]",
                "make NAME a DeferredList of the members",
                "Defines NAME as DeferredList([members...]) with the flags given. Members are other deferreds\n"
                        + "('use a' then pair lines, 'fire a callback one after 1'); they are created with the list.",
                Command.Arguments.DEFERRED_NAMES,
                (args, ctx) -> list(args, ctx, false)));
        registry.add(new Command(
                "gather",
                "gather NAME MEMBER...",
                "make NAME gatherResults of the members",
                "Defines NAME as gatherResults([members...]): a list of values, or the first failure.",
                Command.Arguments.DEFERRED_NAMES,
                (args, ctx) -> list(args, ctx, true)));
        registry.add(new Command(
                "inline",
                "inline NAME STEP; STEP; ...",
                "make NAME an inlineCallbacks generator",
                "Steps: 'yield x' (wait for x; a failure is raised there), 'yield x catch' (swallow a failure),\n"
                        + "'return V', 'raise V'. Example: inline g yield a; yield b catch; return done",
                Command.Arguments.DEFERRED_NAMES,
                DeferredCommands::inline));
        registry.add(new Command(
                "drop",
                "drop NAME",
                "forget deferred NAME and its actions",
                "Removes deferred NAME (not d) and every action on it.",
                Command.Arguments.DEFERRED_NAMES,
                (args, ctx) -> {
                    String name = Args.name(args, 0);
                    Args.noMore(args, 1);
                    if (name.equals(Workbench.MAIN) || ctx.workbench.draft(name).isEmpty()) {
                        throw new InputError(
                                args.get(0).column(),
                                name.equals(Workbench.MAIN)
                                        ? "d is always there; use 'clear' to empty it"
                                        : "there is no deferred named '" + name + "'");
                    }
                    ctx.workbench.remove(name);
                    ctx.printer.println(Printer.Tone.GOOD, "dropped " + name);
                }));
    }

    /** Index of the first argument after an optional deferred name (a word that is a known deferred). */
    private static int target(Tokens args, ReplContext ctx, String[] name) {
        if (args.size() > 0 && ctx.workbench.draft(args.text(0)).isPresent() && !isMethodWord(args.text(0))) {
            name[0] = args.text(0);
            return 1;
        }
        name[0] = ctx.workbench.current();
        return 0;
    }

    private static boolean isMethodWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return "callback".startsWith(lower) || "errback".startsWith(lower) || lower.equals("none");
    }

    /**
     * Fails when the first word is meant as a deferred's name but none has it: when it is neither a
     * known deferred nor one of {@code words} (nor a prefix of callback or errback) and more follows.
     */
    private static void requireKnownTarget(Tokens args, ReplContext ctx, List<String> words) throws InputError {
        if (args.size() < 2 || ctx.workbench.draft(args.text(0)).isPresent() || isMethodWord(args.text(0))) {
            return;
        }
        String first = args.text(0).toLowerCase(Locale.ROOT);
        if (words.contains(first)) {
            return;
        }
        throw new InputError(
                args.get(0).column(),
                "there is no deferred named '" + args.text(0) + "'; known: " + String.join(", ", ctx.workbench.names())
                        + " ('use " + args.text(0) + "' makes one)");
    }

    private static void fire(Tokens args, ReplContext ctx) throws InputError {
        requireKnownTarget(args, ctx, List.of("none"));
        String[] name = new String[1];
        int at = target(args, ctx, name);
        Workbench.Draft draft = plainDraft(ctx, name[0], args);
        if (at < args.size() && args.text(at).equalsIgnoreCase("none")) {
            Args.noMore(args, at + 1);
            draft.fire = null;
            ctx.printer.println(Printer.Tone.GOOD, name[0] + " is no longer fired by itself");
            return;
        }
        FireMethod method = Args.method(args, at);
        String value = Args.require(args, at + 1, "the value to fire with");
        Time after = Time.ZERO;
        int end = at + 2;
        if (end < args.size()) {
            if (!args.text(end).equalsIgnoreCase("after")) {
                throw new InputError(
                        args.get(end).column(), "expected 'after T' here (or nothing), not '" + args.text(end) + "'");
            }
            after = Args.time(args, end + 1);
            end += 2;
        }
        Args.noMore(args, end);
        draft.fire = new FireSpec(method, value, after);
        ctx.printer.println(Printer.Tone.GOOD, name[0] + " is " + WorkbenchListing.describe(draft.fire));
    }

    private static void canceller(Tokens args, ReplContext ctx) throws InputError {
        requireKnownTarget(args, ctx, List.of("none", "nothing"));
        String[] name = new String[1];
        int at = target(args, ctx, name);
        Workbench.Draft draft = plainDraft(ctx, name[0], args);
        String word = Args.require(args, at, "nothing, callback V, errback V or none");
        if (word.equalsIgnoreCase("none") || word.equalsIgnoreCase("nothing")) {
            Args.noMore(args, at + 1);
            draft.canceller = word.equalsIgnoreCase("none") ? null : CancellerSpec.Nothing.INSTANCE;
        } else {
            FireMethod method = Args.method(args, at);
            String value = Args.require(args, at + 1, "the value the canceller fires with");
            Args.noMore(args, at + 2);
            draft.canceller = new CancellerSpec.Fires(method, value);
        }
        ctx.printer.println(
                Printer.Tone.GOOD,
                name[0] + (draft.canceller == null ? " has no canceller" : " has canceller: " + draft.canceller));
    }

    private static Workbench.Draft plainDraft(ReplContext ctx, String name, Tokens args) throws InputError {
        Workbench.Draft draft = ctx.workbench.draft(name).orElseThrow();
        if (draft.kind != Workbench.Kind.PLAIN) {
            throw new InputError(
                    args.size() > 0 ? args.get(0).column() : 1,
                    name + " is a " + (draft.kind == Workbench.Kind.LIST ? "list" : "generator")
                            + "; only plain deferreds are fired or have cancellers");
        }
        return draft;
    }

    private static void list(Tokens args, ReplContext ctx, boolean gather) throws InputError {
        String name = Args.name(args, 0);
        List<String> members = new ArrayList<>();
        boolean one = false;
        boolean err = false;
        boolean consume = false;
        for (int i = 1; i < args.size(); i++) {
            String word = args.text(i);
            if (!gather && word.equalsIgnoreCase("fireOnOneCallback")) {
                one = true;
            } else if (!gather && word.equalsIgnoreCase("fireOnOneErrback")) {
                err = true;
            } else if (!gather && word.equalsIgnoreCase("consumeErrors")) {
                consume = true;
            } else if (word.equals(name)) {
                throw new InputError(args.get(i).column(), "a list cannot contain itself");
            } else {
                members.add(word);
            }
        }
        if (name.equals(Workbench.MAIN) && ctx.workbench.names().size() == 1 && members.isEmpty()) {
            throw new InputError(args.endColumn(), "name the members, e.g. 'dlist d a b'");
        }
        ctx.workbench.define(
                name,
                Workbench.Draft.list(members, gather ? ListOptions.GATHER : new ListOptions(one, err, consume, false)));
        for (String member : members) {
            if (ctx.workbench.draft(member).isEmpty()) {
                ctx.workbench.define(member, Workbench.Draft.plain());
                ctx.printer.println(
                        Printer.Tone.HINT,
                        "new deferred " + member + " (set how it fires: fire " + member + " callback V after T)");
            }
        }
        ctx.printer.println(
                Printer.Tone.GOOD,
                name + " is " + (gather ? "gatherResults" : "a DeferredList") + " of " + String.join(", ", members));
    }

    private static void inline(Tokens args, ReplContext ctx) throws InputError {
        String name = Args.name(args, 0);
        String rest = args.size() > 1 ? args.line().substring(args.get(1).column() - 1) : "";
        List<InlineStep> steps = new ArrayList<>();
        int offset = args.size() > 1 ? args.get(1).column() - 1 : args.endColumn();
        for (String part : rest.split(";", -1)) {
            Tokens step = Tokens.of(part);
            int base = offset;
            offset += part.length() + 1;
            if (step.isEmpty()) {
                continue;
            }
            steps.add(step(step, base));
        }
        ctx.workbench.define(name, Workbench.Draft.inline(steps));
        for (InlineStep step : steps) {
            if (step instanceof InlineStep.Yield
                    && ctx.workbench.draft(((InlineStep.Yield) step).name()).isEmpty()) {
                String awaited = ((InlineStep.Yield) step).name();
                ctx.workbench.define(awaited, Workbench.Draft.plain());
                ctx.printer.println(
                        Printer.Tone.HINT,
                        "new deferred " + awaited + " (set how it fires: fire " + awaited + " callback V after T)");
            }
        }
        ctx.printer.println(
                Printer.Tone.GOOD,
                name + " is a generator with " + steps.size() + " step" + (steps.size() == 1 ? "" : "s"));
    }

    private static InlineStep step(Tokens step, int base) throws InputError {
        String verb = step.text(0).toLowerCase(Locale.ROOT);
        int column = base + step.get(0).column();
        if (step.size() < 2) {
            throw new InputError(column + verb.length(), "'" + verb + "' needs a name or value after it");
        }
        String argument = step.text(1);
        switch (verb) {
            case "yield":
                boolean catching = step.size() == 3 && step.text(2).equalsIgnoreCase("catch");
                if (step.size() > 3 || (step.size() == 3 && !catching)) {
                    throw new InputError(base + step.get(2).column(), "after 'yield NAME' only 'catch' may follow");
                }
                return new InlineStep.Yield(argument, catching);
            case "return":
                noMoreIn(step, base);
                return new InlineStep.Return(argument);
            case "raise":
                noMoreIn(step, base);
                return new InlineStep.Raise(argument);
            default:
                throw new InputError(
                        column, "'" + step.text(0) + "' is not a step; write yield NAME [catch], return V or raise V");
        }
    }

    private static void noMoreIn(Tokens step, int base) throws InputError {
        if (step.size() > 2) {
            throw new InputError(
                    base + step.get(2).column(),
                    "values cannot contain spaces: '" + step.text(2) + "' is one word too many");
        }
    }
}
