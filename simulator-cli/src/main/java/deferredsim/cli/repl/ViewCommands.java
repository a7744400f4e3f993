package deferredsim.cli.repl;

import deferredsim.cli.classic.ClassicRenderer;
import deferredsim.cli.classic.ClassicSimulation;
import deferredsim.cli.classic.ClassicSnapshot;
import deferredsim.cli.diagram.ScenarioDiagram;
import deferredsim.core.trace.TraceWriter;
import java.util.List;

/** Seeing the run: the diagram (also on an empty line), the layouts, the trace. */
final class ViewCommands {
    private ViewCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                        "show",
                        "show   (or just press Enter)",
                        "draw the diagram",
                        "Draws how the deferred fires. A plain chain of return/fail/passthru pairs gets the original\n"
                                + "simulator's three columns: the chain, d.callback(initial), d.errback(initial*).\n"
                                + "Anything more (inner deferreds, lists, generators, actions) gets the full diagram.",
                        Command.Arguments.NONE,
                        (args, ctx) -> show(ctx))
                .worksOnAnything());
        registry.add(new Command(
                        "narrow",
                        "narrow",
                        "one-column layout from now on",
                        "Draws the classic diagram in one column (the chain, then each firing below it).",
                        Command.Arguments.NONE,
                        (args, ctx) -> {
                            ctx.layout = Layout.NARROW;
                            ctx.printer.println(Printer.Tone.GOOD, "narrow layout");
                        })
                .worksOnAnything());
        registry.add(new Command(
                        "wide",
                        "wide",
                        "three-column layout from now on, even when wider than the terminal",
                        "Draws the classic diagram with the chain and both firings side by side.",
                        Command.Arguments.NONE,
                        (args, ctx) -> {
                            ctx.layout = Layout.WIDE;
                            ctx.printer.println(Printer.Tone.GOOD, "wide layout");
                        })
                .worksOnAnything());
        registry.add(new Command(
                        "trace",
                        "trace",
                        "the canonical trace: what Twisted does, line by line",
                        "Prints the run as the JSON-Lines trace that 'deferred-sim trace FILE' prints.",
                        Command.Arguments.NONE,
                        (args, ctx) -> {
                            if (ctx.reactor != null) {
                                ctx.printer.printAll(TraceWriter.lines(ctx.reactor.recording));
                                return;
                            }
                            for (Runs.Firing firing : Runs.firings(ctx)) {
                                ctx.printer.println(Printer.Tone.HEADING, "# " + firing.label());
                                ctx.printer.printAll(TraceWriter.lines(firing.record()));
                            }
                        })
                .worksOnAnything());
    }

    /** Draws the workbench: the classic diagram when it is classic, else the full one. */
    static void show(ReplContext ctx) throws InputError {
        if (ctx.reactor != null) {
            ctx.printer.println(Printer.Tone.HEADING, "# " + ctx.reactor.name);
            ctx.printer.printAll(ctx.reactor.timeline(ctx.printer.width()));
            ctx.printer.println(Printer.Tone.HINT, "'step' walks through it event by event; 'trace' prints its events");
            return;
        }
        Workbench workbench = ctx.workbench;
        if (workbench.isClassic()) {
            if (workbench.currentDraft().chain.isEmpty()) {
                ctx.printer.println(
                        Printer.Tone.HINT, "no pairs yet: type one, such as 'r good f bad', then press Enter");
                return;
            }
            showClassic(ctx);
            return;
        }
        for (Runs.Firing firing : Runs.firings(ctx)) {
            ctx.printer.println(Printer.Tone.HEADING, "# " + firing.label());
            ScenarioDiagram diagram = ScenarioDiagram.of(firing.scenario(), firing.record());
            int width = ctx.printer.width();
            if (diagram.widthFor(width) > width) {
                ctx.printer.println(
                        Printer.Tone.HINT,
                        "(the diagram needs " + diagram.widthFor(width) + " columns; the terminal has " + width
                                + ": widen it, or read the run with 'explain' or 'timeline')");
            }
            ctx.printer.print(diagram.render(width));
        }
        ctx.printer.println(
                Printer.Tone.HINT, "'step' walks through it event by event; 'timeline' lists the events by time");
    }

    private static void showClassic(ReplContext ctx) {
        ClassicSnapshot snapshot =
                ClassicSimulation.simulate(ctx.workbench.draft(Workbench.MAIN).orElseThrow().chain);
        List<String> lines =
                ctx.layout == Layout.NARROW ? ClassicRenderer.narrow(snapshot) : ClassicRenderer.wide(snapshot);
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        if (ctx.layout == Layout.AUTO && width > ctx.printer.width()) {
            ctx.printer.println(
                    Printer.Tone.HINT,
                    "The diagram is " + width + " columns wide and the terminal " + ctx.printer.width()
                            + "; here is the narrow layout (widen the terminal, or type 'wide' to get the wide one"
                            + " anyway).");
            lines = ClassicRenderer.narrow(snapshot);
        }
        ctx.printer.printAll(lines);
    }
}
