package deferredsim.cli;

import deferredsim.cli.analysis.TraceText;
import deferredsim.cli.export.PythonExport;
import deferredsim.cli.repl.SvgExport;
import deferredsim.core.engine.Simulation;
import deferredsim.core.io.InputException;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code deferred-sim export python|text FILE.json}: a scenario as a runnable Twisted script that
 * prints the same trace, or its run told in sentences, on standard output. {@code -} reads the
 * scenario from standard input; {@code --} ends the options.
 */
final class ExportCommand {
    static final String HELP = String.join(
            "\n",
            "Usage: deferred-sim export python [--] FILE.json   a Python script that runs the scenario on real Twisted",
            "       deferred-sim export text [--] FILE.json     the run told in sentences, one per event",
            "       deferred-sim export svg FILE.json           the diagram as an SVG picture (also a share line)",
            "FILE - reads the scenario from standard input (python and text).",
            "");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Operands given = Operands.of(args);
        if (given.has("--help") || given.has("-h")) {
            out.print(HELP);
            return CommandLine.OK;
        }
        if (given.options().isEmpty()
                && given.operands().size() == 2
                && given.operands().get(0).equals("svg")) {
            return SvgExport.print(given.operands().get(1), out, err);
        }
        List<String> operands = given.operands();
        if (!given.options().isEmpty()
                || operands.size() != 2
                || !(operands.get(0).equals("python") || operands.get(0).equals("text"))) {
            err.print(HELP);
            return CommandLine.USAGE;
        }
        ScenarioInput input = ScenarioInput.of(operands.get(1));
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(input.read(in));
        } catch (InputException unreadable) {
            err.println(TraceCommand.oneLine(unreadable.getMessage()));
            return CommandLine.USAGE;
        } catch (ScenarioException invalid) {
            err.println(TraceCommand.oneLine(input.name() + ":" + invalid.getMessage()));
            return CommandLine.USAGE;
        }
        if (operands.get(0).equals("python")) {
            out.print(PythonExport.script(scenario));
        } else {
            TraceText.lines(Simulation.run(scenario)).forEach(out::println);
        }
        out.flush();
        return CommandLine.OK;
    }
}
