package deferredsim.cli.repl;

import deferredsim.core.scenario.ScenarioDraft;
import java.nio.file.Path;

/**
 * What commands work on: the scenario being built, the output, and the session's settings.
 *
 * <p>A command runs on a {@link #copy} (see {@link CommandRunner}); the session {@link #adopt}s
 * the copy only when the command ran to its end, so a command that fails or is stopped changes
 * nothing.
 */
final class ReplContext {
    final Workbench workbench;
    final Printer printer;
    final Keys keys;
    final Path home;
    /** Runs the scenarios the views show. */
    final Engine engine;
    /** Whether questions may be asked (a terminal that can answer); otherwise the safe choice is taken. */
    final boolean canAsk;
    /** The classic diagram's layout: chosen by width, or as the user said. */
    Layout layout = Layout.AUTO;

    boolean quit;
    /** The file last saved to or loaded from, for {@code save} without a name. */
    Path file;
    /** A reactor scenario being looked at instead of the workbench, or null. */
    LoadedReactor reactor;
    /** Where the learner is in the lessons. */
    final LessonSession lessons;
    /** The workbench as last saved, loaded or cleared: what "unsaved changes" are measured against. */
    ScenarioDraft saved;

    /** A session on {@code printer} and {@code keys} with the simulator's engine; no questions asked. */
    ReplContext(Printer printer, Keys keys, Path home) {
        this(printer, keys, home, Engine.SIMULATION, false);
    }

    ReplContext(Printer printer, Keys keys, Path home, Engine engine, boolean canAsk) {
        this(new Workbench(), printer, keys, home, engine, canAsk, new LessonSession(home));
    }

    private ReplContext(
            Workbench workbench,
            Printer printer,
            Keys keys,
            Path home,
            Engine engine,
            boolean canAsk,
            LessonSession lessons) {
        this.workbench = workbench;
        this.printer = printer;
        this.keys = keys;
        this.home = home;
        this.engine = engine;
        this.canAsk = canAsk;
        this.lessons = lessons;
        this.saved = workbench.toDraft();
    }

    /**
     * True when the workbench holds work that is in no file: it is not empty and differs from what
     * was last saved or loaded (also while a reactor scenario is shown in its place).
     */
    boolean hasUnsavedWork() {
        return !workbench.isEmpty() && !workbench.toDraft().equals(saved);
    }

    /** Records that the workbench as it is now is kept in a file (or was deliberately emptied). */
    void markSaved() {
        saved = workbench.toDraft();
    }

    /**
     * A copy for one command: its own workbench and lesson place, printing and reading keys through
     * {@code gate}.
     */
    ReplContext copy(CommandRunner.Gate gate) {
        ReplContext copy = new ReplContext(
                workbench.copy(),
                new GatedPrinter(printer, gate),
                new GatedKeys(keys, gate),
                home,
                engine,
                canAsk,
                lessons.copy());
        copy.layout = layout;
        copy.quit = quit;
        copy.file = file;
        copy.reactor = reactor;
        copy.saved = saved;
        return copy;
    }

    /** Takes over the state {@code done} left: the workbench, settings, file, reactor and lesson place. */
    void adopt(ReplContext done) {
        workbench.replaceWith(done.workbench);
        lessons.replaceWith(done.lessons);
        layout = done.layout;
        quit = done.quit;
        file = done.file;
        reactor = done.reactor;
        saved = done.saved;
    }
}
