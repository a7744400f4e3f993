package deferredsim.cli.repl;

import java.nio.file.Path;

/** What commands work on: the scenario being built, the output, and the session's settings. */
final class ReplContext {
    final Workbench workbench = new Workbench();
    final Printer printer;
    final Keys keys;
    final Path home;
    /** The classic diagram's layout: chosen by width, or as the user said. */
    Layout layout = Layout.AUTO;

    boolean quit;
    /** The file last saved to or loaded from, for {@code save} without a name. */
    Path file;
    /** A reactor scenario being looked at instead of the workbench, or null. */
    LoadedReactor reactor;
    /** Where the learner is in the lessons. */
    final LessonSession lessons;

    ReplContext(Printer printer, Keys keys, Path home) {
        this.printer = printer;
        this.keys = keys;
        this.home = home;
        this.lessons = new LessonSession(home);
    }
}
