package deferredsim.cli.repl;

import deferredsim.cli.analysis.CompareChains;
import deferredsim.cli.analysis.ExploreFirings;
import deferredsim.cli.analysis.TraceText;
import deferredsim.cli.export.PythonExport;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.trace.TraceWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Looking at a chain from other sides: every possible firing, two chains compared, the run explained, exports. */
final class AnalysisCommands {
    private AnalysisCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                "explore",
                "explore",
                "every way the current chain can fire (Part 10)",
                "Runs every combination of stages returning or raising, for d.callback(initial) and\n"
                        + "d.errback(initial*), and groups them by the path taken and the final result.",
                Command.Arguments.NONE,
                (args, ctx) -> {
                    Args.noMore(args, 0);
                    List<PairSpec> chain = ctx.workbench.currentDraft().chain;
                    if (chain.isEmpty()) {
                        throw new InputError("there are no pairs to explore yet; type some, e.g. 'r a f b'");
                    }
                    if (hasDefer(chain)) {
                        throw new InputError(
                                "explore works on return, fail and passthru stages; this chain has a defer stage");
                    }
                    if (!ExploreFirings.fits(chain)) {
                        throw new InputError("explore handles up to " + ExploreFirings.MAX_STAGES + " stages (2^"
                                + ExploreFirings.MAX_STAGES + " combinations); this chain has " + chain.size());
                    }
                    ctx.printer.printAll(ExploreFirings.lines(chain));
                }));
        registry.add(new Command(
                        "compare",
                        "compare split | compare PAIRS ; PAIRS",
                        "two chains side by side, differences marked (Part 9)",
                        "'compare split' compares the current chain with the same callbacks and errbacks added\n"
                            + "separately (addCallback(cb) then addErrback(eb) for each pair): the exercise of Part"
                            + " 9.\n"
                            + "'compare r a f b ; r a p, p f b' compares any two chains (pairs separated by commas).",
                        Command.Arguments.WORDS,
                        () -> List.of("split"),
                        AnalysisCommands::compare)
                .worksOnAnything());
        registry.add(new Command(
                "explain",
                "explain",
                "the run told in sentences, event by event",
                "Tells what happened in the run, one sentence per event, including when a deferred waits\n"
                        + "on another and takes its result.",
                Command.Arguments.NONE,
                (args, ctx) -> {
                    Args.noMore(args, 0);
                    for (Runs.Firing firing : Runs.firings(ctx)) {
                        ctx.printer.println(Printer.Tone.HEADING, "# " + firing.label());
                        ctx.printer.printAll(TraceText.lines(firing.record()));
                    }
                }));
        registry.add(new Command(
                        "export",
                        "export python|trace|text|svg FILE",
                        "write a Twisted script, the trace, the explanation or the diagram (SVG) to FILE",
                        "'export python run.py' writes a Python script that runs this scenario on real Twisted and\n"
                                + "prints the same trace (python3 run.py, with Twisted installed). 'export trace F'"
                                + " writes\n"
                                + "the canonical trace; 'export text F' the run told in sentences; 'export svg F' the\n"
                                + "diagram 'show' draws, as an SVG picture in its colours (for slides).",
                        Command.Arguments.WORDS_THEN_FILE,
                        () -> List.of("python", "trace", "text", "svg"),
                        AnalysisCommands::export)
                .worksOnAnything());
    }

    private static boolean hasDefer(List<PairSpec> chain) {
        return chain.stream()
                .anyMatch(p -> p.callback() instanceof MemberSpec.Defer || p.errback() instanceof MemberSpec.Defer);
    }

    private static void compare(Tokens args, ReplContext ctx) throws InputError {
        if (args.size() == 1 && args.text(0).equalsIgnoreCase("split")) {
            if (ctx.reactor != null) {
                throw new InputError(
                        args.get(0).column(),
                        "'compare split' works on the chain being built, and the" + " reactor scenario "
                                + ctx.reactor.name + " is shown; 'clear' goes back to the chains");
            }
            List<PairSpec> chain = ctx.workbench.currentDraft().chain;
            if (chain.isEmpty() || hasDefer(chain)) {
                throw new InputError(
                        args.get(0).column(), "compare split needs a chain of return, fail and passthru pairs");
            }
            List<PairSpec> split = new ArrayList<>();
            for (PairSpec pair : chain) {
                split.add(new PairSpec(pair.callback(), MemberSpec.passthru()));
                split.add(new PairSpec(MemberSpec.passthru(), pair.errback()));
            }
            ctx.printer.printAll(CompareChains.lines(
                    CompareChains.compare(CompareChains.PAIR_LABEL, chain, CompareChains.SPLIT_LABEL, split)));
            return;
        }
        String line = args.line();
        int semicolon = line.indexOf(';');
        if (args.isEmpty() || semicolon < 0) {
            throw new InputError(
                    args.endColumn(),
                    "write 'compare split', or two chains separated by ';', e.g. 'compare r a f b ; r a p, p f b'");
        }
        int start = args.get(0).column() - 1;
        List<PairSpec> left = chainOf(line, start, semicolon);
        List<PairSpec> right = chainOf(line, semicolon + 1, line.length());
        ctx.printer.printAll(
                CompareChains.lines(CompareChains.compare("the chain before ;", left, "the chain after ;", right)));
    }

    /** The comma-separated pairs in {@code line[from, to)}, with columns of the whole line in messages. */
    private static List<PairSpec> chainOf(String line, int from, int to) throws InputError {
        List<PairSpec> pairs = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || line.charAt(i) == ',') {
                String padded = " ".repeat(start) + line.substring(start, i);
                Tokens tokens = Tokens.of(padded);
                if (tokens.isEmpty()) {
                    throw new InputError(i + 1, "a pair is missing here");
                }
                PairSpec pair = PairInput.parse(tokens, 0);
                if (pair.callback() instanceof MemberSpec.Defer || pair.errback() instanceof MemberSpec.Defer) {
                    throw new InputError(tokens.get(0).column(), "compare works on return, fail and passthru stages");
                }
                pairs.add(pair);
                start = i + 1;
            }
        }
        return pairs;
    }

    private static void export(Tokens args, ReplContext ctx) throws InputError {
        String kind = Args.require(args, 0, "python, trace, text or svg").toLowerCase(Locale.ROOT);
        if (!List.of("python", "trace", "text", "svg").contains(kind)) {
            throw new InputError(
                    args.get(0).column(),
                    "'" + args.text(0) + "' is not an export; expected python, trace, text or svg");
        }
        Path file = FileArgument.rest(args, 1, "the file to write").path();
        if (ctx.reactor != null) {
            if (!kind.equals("trace")) {
                throw new InputError(
                        args.get(0).column(),
                        "'export " + kind + "' works on Deferred chains; the reactor scenario " + ctx.reactor.name
                                + " is shown: 'export trace FILE' writes its events");
            }
            FileCommands.writeSafely(file, String.join("\n", TraceWriter.lines(ctx.reactor.recording)) + "\n");
            ctx.printer.println(Printer.Tone.GOOD, "wrote " + file);
            return;
        }
        if (kind.equals("svg")) {
            FileCommands.writeSafely(file, SvgExport.svg(ctx));
            ctx.printer.println(Printer.Tone.GOOD, "wrote " + file);
            return;
        }
        List<Runs.Firing> firings = Runs.firings(ctx);
        String text = switch (kind) {
            case "python" ->
                PythonExport.script(firings.stream()
                        .map(f -> new PythonExport.Run(f.label(), f.scenario()))
                        .toList());
            case "trace" -> Runs.text(firings, TraceWriter::lines);
            default -> Runs.text(firings, TraceText::lines);
        };
        FileCommands.writeSafely(file, text);
        ctx.printer.println(Printer.Tone.GOOD, "wrote " + file);
        if (firings.size() > 1) {
            ctx.printer.println(
                    Printer.Tone.HINT,
                    "d has no firing of its own, so "
                            + (kind.equals("python") ? "the script runs" : "the file holds")
                            + " both firings, as 'trace' shows them: each after its line '# "
                            + firings.get(0).label() + "' / '# "
                            + firings.get(1).label() + "'.");
        }
    }
}
