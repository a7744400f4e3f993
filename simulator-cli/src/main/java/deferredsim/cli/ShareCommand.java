package deferredsim.cli;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.share.ScenarioSource;

/**
 * {@code deferred-sim share FILE.json}: prints the scenario's share line, one line that {@code
 * deferred-sim LINE}, the prompt's {@code load} and the window's paste all open. The file is
 * checked first, so a broken scenario is reported rather than shared.
 */
final class ShareCommand {
    static final String HELP = String.join(
            "\n",
            "Usage: deferred-sim share FILE.json   print the scenario as one line to paste in a chat",
            "",
            "Open the line with: deferred-sim LINE, 'load LINE' at the prompt, or paste it in the window.",
            "");

    private final java.io.PrintStream out;
    private final java.io.PrintStream err;

    ShareCommand(java.io.PrintStream out, java.io.PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length != 1 || args[0].equals("--help")) {
            boolean asked = args.length == 1;
            (asked ? out : err).print(HELP);
            return asked ? CommandLine.OK : CommandLine.USAGE;
        }
        try {
            ScenarioSource source = ScenarioSource.of(args[0]);
            if (source.isReactor()) {
                ReactorScenarioReader.read(source.json());
            } else {
                ScenarioReader.read(source.json());
            }
            out.println(source.shareLine());
            return CommandLine.OK;
        } catch (ScenarioException broken) {
            err.println("deferred-sim: " + (broken.line() > 0 ? args[0] + ":" : "") + broken.getMessage());
            return CommandLine.USAGE;
        }
    }
}
