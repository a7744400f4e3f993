package deferredsim.cli.repl;

import deferredsim.cli.text.StyledLine;
import java.io.PrintWriter;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/** A {@link Printer} on a JLine terminal: colour when the terminal has at least 8 colours. */
final class TerminalPrinter implements Printer {
    private final Terminal terminal;
    private final PrintWriter writer;
    private final boolean colour;

    TerminalPrinter(Terminal terminal) {
        this.terminal = terminal;
        this.writer = terminal.writer();
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        this.colour = colours != null
                && colours >= 8
                && !"dumb".equals(terminal.getType())
                && System.getenv("NO_COLOR") == null;
    }

    @Override
    public void println(Tone tone, String line) {
        if (!colour || tone == Tone.PLAIN) {
            writer.println(line);
        } else {
            writer.println(new AttributedString(line, styleOf(tone)).toAnsi(terminal));
        }
    }

    static AttributedStyle styleOf(Tone tone) {
        switch (tone) {
            case HINT:
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case PROBLEM:
                return AttributedStyle.BOLD.foreground(AttributedStyle.RED);
            case GOOD:
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case HEADING:
                return AttributedStyle.BOLD;
            default:
                return AttributedStyle.DEFAULT;
        }
    }

    @Override
    public void print(List<StyledLine> lines) {
        for (StyledLine line : lines) {
            writer.println(colour ? StyledText.toAttributed(line).toAnsi(terminal) : line.text());
        }
    }

    @Override
    public int height() {
        int height = terminal.getHeight();
        return height <= 0 ? 40 : height;
    }

    @Override
    public int width() {
        int width = terminal.getWidth();
        return width <= 0 ? 80 : width;
    }

    @Override
    public void clearScreen() {
        if (!terminal.puts(Capability.clear_screen)) {
            writer.println();
        }
        writer.flush();
    }

    @Override
    public void flush() {
        writer.flush();
    }
}
