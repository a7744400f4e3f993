package deferredsim.cli.repl;

import deferredsim.cli.classic.ClassicRenderer;
import deferredsim.cli.classic.ClassicSimulation;
import deferredsim.cli.diagram.ScenarioDiagram;
import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import deferredsim.cli.text.SvgText;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagram {@code show} draws, as an SVG picture for slides: the classic diagram (wide, or narrow
 * when asked), a scenario's diagram for each firing with its colours, or a reactor scenario's
 * timeline. At the prompt: {@code export svg FILE}; from the shell: {@code deferred-sim export svg
 * FILE.json|SHARE-LINE > out.svg}.
 */
public final class SvgExport {
    /** Scenario diagrams are laid out as for a terminal this wide (wide enough for most). */
    static final int WIDTH = 160;

    private SvgExport() {}

    /**
     * Writes the SVG of the scenario in {@code fileOrShareLine} to {@code out}; a problem goes to
     * {@code err} as one line. Returns the exit status: 0, or 2 when the scenario cannot be read.
     */
    public static int print(String fileOrShareLine, PrintStream out, PrintStream err) {
        ReplContext context = new ReplContext(new StreamPrinter(out, WIDTH), () -> Keys.EOF, Path.of("."));
        try {
            FileCommands.loadInto(context, fileOrShareLine);
            out.print(svg(context));
            out.flush();
            return 0;
        } catch (InputError e) {
            err.println("deferred-sim: " + e.getMessage());
            return 2;
        }
    }

    /** The SVG document of what {@code show} would draw now. */
    static String svg(ReplContext ctx) throws InputError {
        return SvgText.render(lines(ctx));
    }

    private static List<StyledLine> lines(ReplContext ctx) throws InputError {
        List<StyledLine> lines = new ArrayList<>();
        if (ctx.reactor != null) {
            lines.add(StyledLine.of("# " + ctx.reactor.name, Style.HEADER));
            ctx.reactor.timeline(WIDTH).forEach(l -> lines.add(StyledLine.plain(l)));
            return lines;
        }
        Workbench workbench = ctx.workbench;
        if (workbench.isClassic()) {
            if (workbench.currentDraft().chain.isEmpty()) {
                throw new InputError("no pairs yet: nothing to draw");
            }
            var snapshot =
                    ClassicSimulation.simulate(workbench.draft(Workbench.MAIN).orElseThrow().chain);
            List<String> classic =
                    ctx.layout == Layout.NARROW ? ClassicRenderer.narrow(snapshot) : ClassicRenderer.wide(snapshot);
            classic.forEach(l -> lines.add(StyledLine.plain(l)));
            return lines;
        }
        for (Runs.Firing firing : Runs.firings(ctx)) {
            lines.add(StyledLine.of("# " + firing.label(), Style.HEADER));
            ScenarioDiagram diagram = ScenarioDiagram.of(firing.scenario(), firing.record());
            lines.addAll(diagram.render(Math.max(WIDTH, diagram.widthFor(WIDTH))));
        }
        return lines;
    }
}
