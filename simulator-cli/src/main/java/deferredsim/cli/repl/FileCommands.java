package deferredsim.cli.repl;

import deferredsim.core.load.AnyScenario;
import deferredsim.core.load.Scenarios;
import deferredsim.core.program.ProgramRun;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioDraft;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioWriter;
import deferredsim.core.share.ScenarioSource;
import deferredsim.core.share.ShareLine;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Saving and loading scenario JSON: the same files {@code trace}, the window and the lessons use.
 * A scenario that is not complete yet is saved as a draft ({@link ScenarioDraft}), never refused,
 * and a draft loads back as it was, with what is missing said again.
 */
final class FileCommands {
    private FileCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                        "save",
                        "save [FILE]",
                        "save everything as scenario JSON (a draft when not complete yet)",
                        "Writes the deferreds, chains, firings and actions as a deferred-scenario/1 file (the format\n"
                            + "'deferred-sim trace FILE' and the window read). Work that is not complete yet (a\n"
                            + "'defer x' with no x, say) is saved as a draft, which 'load' brings back to finish.\n"
                            + "Without FILE: the last file used. Names with spaces: 'my file.json' or my\\ file.json.",
                        Command.Arguments.FILE,
                        FileCommands::save)
                .worksOnAnything());
        registry.add(new Command(
                        "load",
                        "load FILE|SHARE-LINE",
                        "load a scenario JSON file (or a draft) or a share line",
                        "Replaces what you have built with the scenario in FILE, or in a share line (dsim1:..., as\n"
                                + "'share' prints it), asking first when you have unsaved changes. If it is invalid,\n"
                                + "nothing changes and the message names the line, column and what was expected.\n"
                                + "Names with spaces: 'my file.json' or my\\ file.json.",
                        Command.Arguments.FILE,
                        FileCommands::load)
                .worksOnAnything());
    }

    private static void save(Tokens args, ReplContext ctx) throws InputError {
        if (ctx.workbench.program() != null) {
            throw new InputError(
                    "a recorded program is shown; its recording is a file already. 'clear' returns to chains");
        }
        if (ctx.reactor != null) {
            throw new InputError("a reactor scenario (" + ctx.reactor.name + ") is shown, and it is a file already;"
                    + " 'clear' goes back to building chains, which 'save' writes");
        }
        Path file = args.isEmpty()
                ? ctx.file
                : FileArgument.rest(args, 0, "the file to save to").path();
        if (file == null) {
            throw new InputError(1, "save where? e.g. 'save chain.json'");
        }
        Optional<String> missing = Runs.problem(ctx.workbench);
        if (missing.isPresent()) {
            writeSafely(file, ctx.workbench.toDraft().write());
            ctx.file = file;
            ctx.markSaved();
            ctx.printer.println(Printer.Tone.GOOD, "saved a draft to " + file);
            ctx.printer.println(
                    Printer.Tone.HINT,
                    "It is not complete yet: " + missing.get() + ". 'load' brings it back to finish it; 'deferred-sim"
                            + " trace' and the window read it once it is complete and saved again.");
            return;
        }
        Scenario scenario = Runs.scenarioOf(ctx.workbench);
        writeSafely(file, ScenarioWriter.write(scenario));
        ctx.file = file;
        ctx.markSaved();
        ctx.printer.println(Printer.Tone.GOOD, "saved to " + file);
        if (Runs.firings(ctx).size() > 1) {
            ctx.printer.println(
                    Printer.Tone.HINT,
                    "d has no firing of its own: here it is shown fired both ways, as in the original simulator, but"
                            + " in the file it stays unfired, so 'deferred-sim trace' shows it pending. 'fire"
                            + " callback initial' before saving makes the file fire it.");
        }
    }

    /**
     * Writes {@code text} to {@code file} through a temporary file in the same folder and a rename,
     * so a failed write never leaves half a file. A new file gets the usual permissions (as the
     * umask allows); a replaced one keeps its own.
     *
     * @throws InputError saying why in words: no such folder, permission denied, ...
     */
    static void writeSafely(Path file, String text) throws InputError {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputError("cannot write " + file + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new InputError("cannot write " + file + ": it is a folder");
        }
        Path temp = dir.resolve(
                ".deferred-sim-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.writeString(Files.createFile(temp), text);
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new InputError("cannot write " + file + ": " + why(e, dir));
        }
    }

    private static void keepPermissions(Path file, Path temp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (old != null && now != null && Files.exists(file)) {
            now.setPermissions(old.readAttributes().permissions());
        }
    }

    private static String why(IOException e, Path dir) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (in " + dir + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + dir + " does not exist";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }

    private static void load(Tokens args, ReplContext ctx) throws InputError {
        String first = Args.require(args, 0, "the file or share line to load");
        Loaded loaded;
        String file;
        if (ShareLine.isShareLine(first)) {
            Args.noMore(args, 1);
            loaded = readShareLine(first);
            file = ScenarioSource.SHARE_LINE;
        } else {
            Path path = FileArgument.existing(args, 0, "the file to load").path();
            loaded = read(path);
            file = path.toString();
        }
        if (!UnsavedWork.mayReplace(ctx, "'load'")) {
            return;
        }
        loaded.into(ctx);
        if (ctx.workbench.program() != null) {
            ProgramRun run = ctx.workbench.program();
            ctx.printer.println(
                    Printer.Tone.GOOD,
                    "opened the recording of " + run.program().script() + ": "
                            + run.recording().outcomes().size() + " deferred(s), "
                            + run.recording().size() + " events. "
                            + run.ending().sentence());
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
                "loaded " + (loaded instanceof Loaded.Draft ? "the draft " : "") + file + ": "
                        + ctx.workbench.names().size() + " deferred(s), "
                        + ctx.workbench.actions().size()
                        + " action(s); press Enter to see it run");
    }

    /**
     * Replaces the workbench with {@code file}'s scenario or draft, or shows a reactor scenario
     * (Parts 1–8) instead; on a bad file nothing changes.
     */
    static void loadInto(ReplContext ctx, Path file) throws InputError {
        read(file).into(ctx);
    }

    /** {@link #loadInto(ReplContext, Path)}, or a share line (see {@link ShareLine}) from its text. */
    static void loadInto(ReplContext ctx, String fileOrShareLine) throws InputError {
        if (ShareLine.isShareLine(fileOrShareLine)) {
            readShareLine(fileOrShareLine).into(ctx);
        } else {
            loadInto(ctx, Path.of(fileOrShareLine));
        }
    }

    /** What a file held, read in full before anything is replaced. */
    private sealed interface Loaded {
        void into(ReplContext ctx);

        record Complete(Path file, Scenario scenario) implements Loaded {
            @Override
            public void into(ReplContext ctx) {
                ctx.workbench.load(scenario);
                ctx.reactor = null;
                ctx.file = file;
                ctx.markSaved();
            }
        }

        record Draft(Path file, ScenarioDraft draft) implements Loaded {
            @Override
            public void into(ReplContext ctx) {
                ctx.workbench.load(draft);
                ctx.reactor = null;
                ctx.file = file;
                ctx.markSaved();
            }
        }

        /** A scenario from a share line: in no file yet, so it counts as unsaved work. */
        record Shared(Scenario scenario) implements Loaded {
            @Override
            public void into(ReplContext ctx) {
                ctx.workbench.load(scenario);
                ctx.reactor = null;
                ctx.file = null;
            }
        }

        record Reactor(LoadedReactor reactor) implements Loaded {
            @Override
            public void into(ReplContext ctx) {
                ctx.reactor = reactor;
                ctx.workbench.forgetProgram();
                ctx.file = null;
            }
        }

        /** A recording of a program (deferred-sim record): shown instead of the chains, which stay. */
        record Program(ProgramRun run) implements Loaded {
            @Override
            public void into(ReplContext ctx) {
                ctx.workbench.showProgram(run);
                ctx.reactor = null;
                ctx.file = null;
            }
        }
    }

    private static Loaded read(Path file) throws InputError {
        if (!Files.exists(file)) {
            throw new InputError("cannot load " + file + ": there is no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputError("cannot load " + file + ": it is a folder, not a file");
        }
        if (!Files.isReadable(file)) {
            throw new InputError("cannot load " + file + ": permission denied");
        }
        try {
            return loaded(Scenarios.read(file), file, file.getFileName().toString());
        } catch (ScenarioException e) {
            throw new InputError(
                    e.line() > 0 ? file + ":" + e.getMessage() : "cannot load " + file + ": " + e.getMessage());
        }
    }

    private static Loaded readShareLine(String line) throws InputError {
        try {
            AnyScenario opened = Scenarios.read(line);
            String title = opened instanceof AnyScenario.Reactor reactor
                    ? reactor.scenario().title()
                    : null;
            return loaded(opened, null, title == null ? "shared scenario" : title);
        } catch (ScenarioException e) {
            throw new InputError(ScenarioSource.SHARE_LINE + ": " + e.getMessage());
        }
    }

    /**
     * What {@code opened} becomes at the prompt: from {@code file}, or from a share line when it
     * is null (then a scenario is not kept in any file yet); a reactor scenario is shown as {@code
     * reactorName}.
     */
    private static Loaded loaded(AnyScenario opened, Path file, String reactorName) {
        return switch (opened) {
            case AnyScenario.Program program -> new Loaded.Program(program.run());
            case AnyScenario.Reactor reactor ->
                new Loaded.Reactor(new LoadedReactor(reactorName, reactor.scenario(), reactor.json()));
            case AnyScenario.Draft draft -> new Loaded.Draft(file, draft.draft());
            case AnyScenario.Chain chain ->
                file == null ? new Loaded.Shared(chain.scenario()) : new Loaded.Complete(file, chain.scenario());
        };
    }
}
