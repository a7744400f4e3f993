package deferredsim.cli;

import deferredsim.core.engine.Simulation;
import deferredsim.core.program.RecordingReader;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.reactor.scenario.ReactorSimulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.trace.TraceWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code deferred-sim trace FILE.json} and {@code deferred-sim trace --batch DIR}: the canonical
 * trace of scenarios (spec section 5). A file whose {@code format} is {@code reactor-scenario/…}
 * runs on the reactor model and prints its events in the same JSON Lines style; every other file is
 * read as {@code deferred-scenario/1}. Invalid scenarios give one message on stderr and status 2.
 */
final class TraceCommand {
    static final String HELP = String.join(
            "\n",
            "Usage: deferred-sim trace FILE.json",
            "       deferred-sim trace --batch DIR",
            "",
            "Prints the canonical JSON-Lines trace of a scenario: what real Twisted does with it.",
            "A reactor scenario (\"format\": \"reactor-scenario/1\") prints its reactor events too.",
            "A recording of a program (deferred-sim record) prints what its Deferreds did, in the same words;",
            "nothing is run: the recording holds the events.",
            "--batch DIR prints, for every DIR/*.json in byte-wise file-name order, a line",
            "'### NAME.json' and then that scenario's trace.",
            "Exit status: 0, or 2 when a scenario is invalid (a message names the place).",
            "");

    private final PrintStream out;
    private final PrintStream err;

    TraceCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(HELP);
            return CommandLine.OK;
        }
        if (args.length == 2 && args[0].equals("--batch")) {
            return batch(Path.of(args[1]));
        }
        if (args.length == 1 && !args[0].startsWith("-")) {
            return single(Path.of(args[0]));
        }
        err.print(HELP);
        return CommandLine.USAGE;
    }

    private int single(Path file) {
        try {
            Recording recording = RecordingReader.declaresRecordingFormat(file)
                    ? RecordingReader.read(file).recording()
                    : ReactorScenarioReader.declaresReactorFormat(file)
                            ? ReactorSimulation.run(ReactorScenarioReader.read(file))
                            : Simulation.run(ScenarioReader.read(file));
            out.print(TraceWriter.write(recording));
            out.flush();
            return CommandLine.OK;
        } catch (ScenarioException e) {
            err.println(file + ":" + e.getMessage());
            return CommandLine.USAGE;
        }
    }

    private int batch(Path dir) {
        if (!Files.isDirectory(dir)) {
            err.println("deferred-sim trace: " + dir + " is not a directory");
            return CommandLine.USAGE;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .forEach(files::add);
        } catch (IOException e) {
            err.println("deferred-sim trace: cannot list " + dir + ": " + e.getMessage());
            return CommandLine.USAGE;
        }
        files.sort((a, b) ->
                compareBytes(a.getFileName().toString(), b.getFileName().toString()));
        int status = CommandLine.OK;
        for (Path file : files) {
            out.println("### " + file.getFileName());
            if (single(file) != CommandLine.OK) {
                status = CommandLine.USAGE;
            }
        }
        out.flush();
        return status;
    }

    /** Byte-wise (UTF-8) order of file names, as {@code LC_ALL=C sort} gives. */
    static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }
}
