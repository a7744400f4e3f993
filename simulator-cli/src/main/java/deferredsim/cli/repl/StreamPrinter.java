package deferredsim.cli.repl;

import deferredsim.cli.text.SafeText;
import java.io.PrintStream;

/** A {@link Printer} on a plain UTF-8 stream: no colour, a fixed width, lines made {@link SafeText safe}. For piped output. */
final class StreamPrinter implements Printer {
    private final PrintStream out;
    private final int width;

    StreamPrinter(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public void println(Tone tone, String line) {
        for (String part : line.split("\n", -1)) {
            out.println(SafeText.UTF8.line(part));
        }
    }

    @Override
    public void print(java.util.List<deferredsim.cli.text.StyledLine> lines) {
        lines.forEach(line -> out.println(SafeText.UTF8.line(line).text()));
    }

    @Override
    public int height() {
        return 40;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void clearScreen() {
        out.println();
    }

    @Override
    public void flush() {
        out.flush();
    }
}
