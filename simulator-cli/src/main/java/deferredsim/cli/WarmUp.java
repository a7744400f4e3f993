package deferredsim.cli;

import deferredsim.cli.classic.ClassicPipe;
import deferredsim.cli.repl.ReplLauncher;
import deferredsim.core.engine.Simulation;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.scenario.ScenarioWriter;
import deferredsim.core.trace.TraceWriter;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code deferred-sim --warm-up}: exercises the common paths once, printing nothing, so the
 * launcher can record a class-data-sharing archive of the classes they load.
 */
final class WarmUp {
    private static final String SCENARIO = "{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
            + "{\"name\": \"d\", \"chain\": [[\"defer x\", \"p\"], [\"r ok\", \"f bad\"]],"
            + " \"fire\": {\"method\": \"callback\", \"value\": \"go\", \"after\": 0}},"
            + "{\"name\": \"x\", \"fire\": {\"method\": \"errback\", \"value\": \"no\", \"after\": 1}},"
            + "{\"name\": \"L\", \"list\": [\"a\"], \"gather\": true}, {\"name\": \"a\", \"fire\":"
            + " {\"method\": \"callback\", \"value\": \"v\", \"after\": 0.5}},"
            + "{\"name\": \"g\", \"inline\": [\"yield b catch\", \"return r\"]}, {\"name\": \"b\"}],"
            + " \"actions\": [{\"at\": 2, \"do\": \"cancel\", \"deferred\": \"g\"}]}";

    private WarmUp() {}

    static int run() {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        try {
            sink.print(TraceWriter.write(Simulation.run(ScenarioReader.read(SCENARIO))));
            sink.print(ScenarioWriter.write(ScenarioReader.read(SCENARIO)));
        } catch (ScenarioException e) {
            throw new IllegalStateException("the warm-up scenario is invalid: " + e.getMessage(), e);
        }
        byte[] pairs = "r good f bad\nf googly p\np r ok\n\n".getBytes(StandardCharsets.UTF_8);
        ClassicPipe.run(new ByteArrayInputStream(pairs), sink, sink, false);
        ClassicPipe.run(new ByteArrayInputStream(pairs), sink, sink, true);
        byte[] session = "r good f bad\nd x p\nhelp\nlist\n\nquit\n".getBytes(StandardCharsets.UTF_8);
        ReplLauncher.warmUp(new ByteArrayInputStream(session), sink);
        return CommandLine.OK;
    }
}
