package deferredsim.cli.repl;

import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.time.Time;
import java.util.List;
import java.util.Locale;

/** Timed actions: {@code at T cancel|pause|unpause NAME}, {@code at T fire NAME M V}, {@code at T add NAME PAIR}. */
final class ActionCommands {
    static final List<String> VERBS = List.of("cancel", "pause", "unpause", "fire", "add");

    private ActionCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                "at",
                "at T cancel|pause|unpause NAME | at T fire NAME callback|errback V | at T add NAME PAIR",
                "do something to a deferred at time T",
                "Timed actions on the virtual clock, e.g.\n"
                    + "  at 1 cancel d          d.cancel() at t=1\n"
                    + "  at 0 pause d           d.pause() (and 'at 3 unpause d')\n"
                    + "  at 2 fire d callback v d.callback('v') at t=2 (a second firing raises AlreadyCalledError)\n"
                    + "  at 1 add d r late p    d.addCallbacks(...) at t=1: runs at once if d has fired\n"
                    + "'at' with no arguments lists the actions; 'unat N' removes action N.",
                Command.Arguments.WORDS,
                () -> VERBS,
                ActionCommands::at));
        registry.add(new Command(
                "unat",
                "unat N",
                "remove timed action N (see 'at')",
                "Removes action N, numbered as 'at' lists them.",
                Command.Arguments.NONE,
                (args, ctx) -> {
                    List<Action> actions = ctx.workbench.actions();
                    int n = Args.number(args, 0, actions.size(), "action");
                    Args.noMore(args, 1);
                    Action removed = actions.remove(n - 1);
                    ctx.printer.println(
                            Printer.Tone.GOOD,
                            "removed: at " + removed.at() + " " + WorkbenchListing.describe(removed));
                }));
    }

    private static void at(Tokens args, ReplContext ctx) throws InputError {
        List<Action> actions = ctx.workbench.actions();
        if (args.isEmpty()) {
            if (actions.isEmpty()) {
                ctx.printer.println(Printer.Tone.HINT, "no timed actions yet; e.g. 'at 1 cancel d'");
            }
            for (int i = 0; i < actions.size(); i++) {
                ctx.printer.println(String.format(
                        Locale.ROOT,
                        "  %2d  at %s: %s",
                        i + 1,
                        actions.get(i).at(),
                        WorkbenchListing.describe(actions.get(i))));
            }
            return;
        }
        Time at = Args.time(args, 0);
        String verb = Args.require(args, 1, "what to do: cancel, pause, unpause, fire or add")
                .toLowerCase(Locale.ROOT);
        String name = Args.name(args, 2);
        if (ctx.workbench.draft(name).isEmpty()) {
            throw new InputError(
                    args.get(2).column(), "there is no deferred named '" + name + "'; known: " + ctx.workbench.names());
        }
        Action action;
        switch (verb) {
            case "cancel":
                Args.noMore(args, 3);
                action = new Action.Cancel(at, name);
                break;
            case "pause":
                Args.noMore(args, 3);
                action = new Action.Pause(at, name);
                break;
            case "unpause":
                Args.noMore(args, 3);
                action = new Action.Unpause(at, name);
                break;
            case "fire":
                FireMethod method = Args.method(args, 3);
                String value = Args.require(args, 4, "the value to fire with");
                Args.noMore(args, 5);
                action = new Action.Fire(at, name, method, value);
                break;
            case "add":
                action = new Action.Add(at, name, PairInput.parse(args, 3));
                break;
            default:
                throw new InputError(
                        args.get(1).column(),
                        "'" + args.text(1) + "' is not an action; expected cancel, pause, unpause, fire or add");
        }
        actions.add(action);
        ctx.printer.println(
                Printer.Tone.GOOD,
                "at " + at + ": " + WorkbenchListing.describe(action) + " (action " + actions.size() + ")");
    }
}
