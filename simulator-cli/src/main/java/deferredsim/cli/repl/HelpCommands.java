package deferredsim.cli.repl;

import java.util.Locale;

/** {@code help}, {@code help COMMAND} and {@code quit}. */
final class HelpCommands {
    static final String WELCOME = String.join(
            "\n",
            "Deferred Simulator: see how a Twisted Deferred fires.",
            "Type one callback/errback pair per line, then press Enter on an empty line to see the chain run.",
            "  r good f bad     callback returns 'good'; errback raises Exception('bad')",
            "  f googly p       callback raises; errback passes the failure through",
            "  p r ok           callback passes the result on; errback recovers with 'ok'",
            "Members: return V, fail V, passthru, defer NAME (any prefix: r, f, p, d).",
            "'help' lists the commands; Tab completes; Ctrl-D leaves.");

    private HelpCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                        "help",
                        "help [COMMAND]",
                        "list the commands, or explain one",
                        "'help' lists every command; 'help COMMAND' explains one; 'help pairs' explains pair lines.",
                        Command.Arguments.WORDS,
                        registry::words,
                        (args, ctx) -> help(args, ctx, registry))
                .worksOnAnything());
        registry.add(new Command(
                        "quit",
                        "quit",
                        "leave (Ctrl-D does too)",
                        "Leaves the simulator.",
                        Command.Arguments.NONE,
                        (args, ctx) -> ctx.quit = true)
                .worksOnAnything());
        registry.alias("exit", "quit").alias("?", "help");
    }

    private static void help(Tokens args, ReplContext ctx, CommandRegistry registry) throws InputError {
        if (args.isEmpty()) {
            ctx.printer.println(Printer.Tone.HEADING, "Pair lines");
            ctx.printer.println(
                    "  CALLBACK ERRBACK      e.g. 'r good f bad', 'd x p' (defer x), added to the current deferred");
            ctx.printer.println("  (empty line)          draw the diagram");
            ctx.printer.println(Printer.Tone.HEADING, "Commands");
            for (Command command : registry.all()) {
                ctx.printer.println(String.format(Locale.ROOT, "  %-21s %s", command.name(), command.summary()));
            }
            ctx.printer.println(Printer.Tone.HINT, "'help COMMAND' for more, e.g. 'help at'");
            return;
        }
        String word = args.text(0);
        if (word.equalsIgnoreCase("pairs") || MemberWords.keyword(word) != null) {
            ctx.printer.println(HelpCommands.WELCOME);
            return;
        }
        Command command = registry.find(word)
                .orElseThrow(() ->
                        new InputError(args.get(0).column(), "there is no command '" + word + "'; 'help' lists them"));
        ctx.printer.println(Printer.Tone.HEADING, command.usage());
        ctx.printer.println(command.help());
    }
}
