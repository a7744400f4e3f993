package deferredsim.cli;

import deferredsim.cli.analysis.TraceText;
import deferredsim.cli.export.PythonExport;
import deferredsim.cli.repl.SvgExport;
import deferredsim.core.engine.Simulation;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code deferred-sim export python|text FILE.json}: a scenario as a runnable Twisted script that
 * prints the same trace, or its run told in sentences, on standard output.
 */
final class ExportCommand {
    static final String HELP = String.join(
            "\n",
            "Usage: deferred-sim export python FILE.json   a Python script that runs the scenario on real Twisted",
            "       deferred-sim export text FILE.json     the run told in sentences, one per event",
            "       deferred-sim export svg FILE.json      the diagram as an SVG picture (also a share line)",
            "");

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length == 2 && args[0].equals("svg")) {
            return SvgExport.print(args[1], out, err);
        }
        if (args.length != 2 || !(args[0].equals("python") || args[0].equals("text"))) {
            (args.length == 1 && args[0].equals("--help") ? out : err).print(HELP);
            return args.length == 1 && args[0].equals("--help") ? CommandLine.OK : CommandLine.USAGE;
        }
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(Path.of(args[1]));
        } catch (ScenarioException e) {
            err.println(args[1] + ":" + e.getMessage());
            return CommandLine.USAGE;
        }
        if (args[0].equals("python")) {
            out.print(PythonExport.script(scenario));
        } else {
            TraceText.lines(Simulation.run(scenario)).forEach(out::println);
        }
        out.flush();
        return CommandLine.OK;
    }
}
