package deferredsim.cli.repl;

import deferredsim.core.program.ProgramRun;
import deferredsim.core.program.RecordingReader;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.scenario.ScenarioWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Saving and loading scenario JSON: the same files {@code trace}, the window and the lessons use. */
final class FileCommands {
    private FileCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                "save",
                "save [FILE]",
                "save everything as scenario JSON",
                "Writes the deferreds, chains, firings and actions as a deferred-scenario/1 file (the format\n"
                        + "'deferred-sim trace FILE' and the window read). Without FILE: the last file used.",
                Command.Arguments.FILE,
                FileCommands::save));
        registry.add(new Command(
                "load",
                "load FILE",
                "load a scenario JSON file",
                "Replaces what you have built with the scenario in FILE. If FILE is invalid, nothing changes\n"
                        + "and the message names the line, column and what was expected.",
                Command.Arguments.FILE,
                FileCommands::load));
    }

    private static void save(Tokens args, ReplContext ctx) throws InputError {
        if (ctx.workbench.program() != null) {
            throw new InputError(
                    "a recorded program is shown; its recording is a file already. 'clear' returns to chains");
        }
        if (ctx.reactor != null) {
            throw new InputError(
                    "a reactor scenario is loaded; it is a file already (its own JSON). 'clear' returns to chains");
        }
        Path file = args.isEmpty() ? ctx.file : Path.of(args.text(0));
        Args.noMore(args, 1);
        if (file == null) {
            throw new InputError(1, "save where? e.g. 'save chain.json'");
        }
        Scenario scenario = Runs.scenarioOf(ctx.workbench);
        writeSafely(file, ScenarioWriter.write(scenario));
        ctx.file = file;
        ctx.printer.println(Printer.Tone.GOOD, "saved to " + file);
    }

    /** Writes through a temporary file and a rename, so a failed write never leaves half a file. */
    static void writeSafely(Path file, String text) throws InputError {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(dir, ".deferred-sim", ".tmp");
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InputError("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static void load(Tokens args, ReplContext ctx) throws InputError {
        Path file = Path.of(Args.require(args, 0, "the file to load"));
        Args.noMore(args, 1);
        loadInto(ctx, file);
        if (ctx.workbench.program() != null) {
            ProgramRun run = ctx.workbench.program();
            ctx.printer.println(
                    Printer.Tone.GOOD,
                    "opened the recording of " + run.program().script() + ": " + run.recording().outcomes().size()
                            + " deferred(s), " + run.recording().size() + " events. " + run.ending().sentence());
            ctx.printer.println(
                    Printer.Tone.HINT,
                    "press Enter to see it, 'step' to walk through it beside the program's lines, 'trace' for its"
                            + " events; 'clear' returns to chains");
            return;
        }
        if (ctx.reactor != null) {
            ctx.printer.println(
                    Printer.Tone.GOOD,
                    "loaded the reactor scenario " + file + "; press Enter for its timeline,"
                            + " 'step' to walk through it, 'clear' to go back to building chains");
            return;
        }
        ctx.printer.println(
                Printer.Tone.GOOD,
                "loaded " + file + ": " + ctx.workbench.names().size() + " deferred(s), "
                        + ctx.workbench.actions().size() + " action(s); press Enter to see it run");
    }

    /**
     * Replaces the workbench with {@code file}'s scenario, or shows a reactor scenario (Parts 1–8)
     * instead; on a bad file nothing changes.
     */
    static void loadInto(ReplContext ctx, Path file) throws InputError {
        if (RecordingReader.declaresRecordingFormat(file)) {
            ProgramRun run;
            try {
                run = RecordingReader.read(file);
            } catch (ScenarioException e) {
                throw new InputError(file + ":" + e.getMessage());
            }
            ctx.workbench.showProgram(run);
            ctx.reactor = null;
            ctx.file = null;
            return;
        }
        if (ReactorScenarioReader.declaresReactorFormat(file)) {
            try {
                ctx.reactor = new LoadedReactor(file.getFileName().toString(), ReactorScenarioReader.read(file));
                ctx.workbench.forgetProgram();
            } catch (ScenarioException e) {
                throw new InputError(file + ":" + e.getMessage());
            }
            ctx.file = null;
            return;
        }
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(file);
        } catch (ScenarioException e) {
            throw new InputError(file + ":" + e.getMessage());
        }
        ctx.workbench.load(scenario);
        ctx.reactor = null;
        ctx.file = file;
    }
}
