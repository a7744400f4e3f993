package deferredsim.cli.repl;

import deferredsim.cli.text.StyledLine;
import java.util.List;

/**
 * The printer a command gets: the session's printer behind its {@link CommandRunner.Gate}, so a
 * stopped command's next print throws {@link CommandRunner.CommandStopped} instead of reaching
 * the screen.
 */
final class GatedPrinter implements Printer {
    private final Printer printer;
    private final CommandRunner.Gate gate;

    GatedPrinter(Printer printer, CommandRunner.Gate gate) {
        this.printer = printer;
        this.gate = gate;
    }

    @Override
    public void print(List<StyledLine> lines) {
        for (StyledLine line : lines) {
            gate.check();
            printer.print(List.of(line));
        }
    }

    @Override
    public void println(Tone tone, String line) {
        gate.check();
        printer.println(tone, line);
    }

    @Override
    public int width() {
        return printer.width();
    }

    @Override
    public int height() {
        return printer.height();
    }

    @Override
    public void clearScreen() {
        gate.check();
        printer.clearScreen();
    }

    @Override
    public void startCommand() {
        printer.startCommand();
    }

    @Override
    public void flush() {
        gate.check();
        printer.flush();
    }
}
