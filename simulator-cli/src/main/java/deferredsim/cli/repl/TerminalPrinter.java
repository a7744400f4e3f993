package deferredsim.cli.repl;

import deferredsim.cli.text.SafeText;
import deferredsim.cli.text.StyledLine;
import java.io.PrintWriter;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/**
 * A {@link Printer} on a JLine terminal: every line passes through {@link SafeText} for the
 * terminal's charset (control characters shown as escapes, overlong lines cut), then gets colour
 * when {@link TerminalColours} allows it.
 */
final class TerminalPrinter implements Printer {
    private final Terminal terminal;
    private final PrintWriter writer;
    private final boolean colour;
    private final SafeText safe;

    TerminalPrinter(Terminal terminal, boolean colour) {
        this.terminal = terminal;
        this.writer = terminal.writer();
        this.colour = colour;
        this.safe = SafeText.forCharset(terminal.encoding());
    }

    @Override
    public void println(Tone tone, String line) {
        String shown = safe.line(line);
        if (!colour || tone == Tone.PLAIN) {
            writer.println(shown);
        } else {
            writer.println(new AttributedString(shown, styleOf(tone)).toAnsi(terminal));
        }
    }

    static AttributedStyle styleOf(Tone tone) {
        return switch (tone) {
            case HINT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case PROBLEM -> AttributedStyle.BOLD.foreground(AttributedStyle.RED);
            case GOOD -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case HEADING -> AttributedStyle.BOLD;
            case PLAIN -> AttributedStyle.DEFAULT;
        };
    }

    @Override
    public void print(List<StyledLine> lines) {
        for (StyledLine line : lines) {
            StyledLine shown = safe.line(line);
            writer.println(colour ? StyledText.toAttributed(shown).toAnsi(terminal) : shown.text());
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
