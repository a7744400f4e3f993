package deferredsim.cli.repl;

import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioWriter;
import deferredsim.core.share.ShareLine;

/** {@code share}: what is on the bench as one line to paste in a chat (and back with {@code load}). */
final class ShareCommands {
    private ShareCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                "share",
                "share",
                "print the scenario as one line to share",
                "Prints the scenario (the chains, firings and actions, or the loaded reactor scenario) as one\n"
                        + "line starting dsim1:. Whoever gets it opens it with 'load LINE', 'deferred-sim LINE'\n"
                        + "or by pasting it in the window (Ctrl+Shift+V).",
                Command.Arguments.NONE,
                ShareCommands::share));
    }

    private static void share(Tokens args, ReplContext ctx) throws InputError {
        Args.noMore(args, 0);
        String json;
        if (ctx.reactor != null) {
            if (ctx.reactor.json == null) {
                throw new InputError("this reactor scenario belongs to a lesson; share the lesson's name instead");
            }
            json = ctx.reactor.json;
        } else {
            json = ScenarioWriter.write(Runs.scenarioOf(ctx.workbench));
        }
        try {
            ctx.printer.println(ShareLine.encode(json));
        } catch (ScenarioException e) {
            throw new InputError("cannot share: " + e.getMessage());
        }
        ctx.printer.println(
                Printer.Tone.HINT, "(open it with: load LINE, deferred-sim LINE, or paste it in the window)");
    }
}
