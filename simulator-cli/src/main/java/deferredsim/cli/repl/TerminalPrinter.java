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
 *
 * <p>With paging on (a terminal that can answer), a command's output longer than the screen
 * stops at each screenful with a {@code -- more --} line: Space shows the next page, Enter the
 * next line, q (or Ctrl-C) skips the rest of that command's output. A dumb or piped session never
 * waits.
 */
final class TerminalPrinter implements Printer {
    static final String MORE = "-- more (Space: next page, Enter: next line, q: skip the rest) --";

    private final Terminal terminal;
    private final PrintWriter writer;
    private final boolean colour;
    private final SafeText safe;
    private final Keys keys;
    /** Lines this command may still print before the next -- more --, or -1 without paging. */
    private int room;

    private boolean skipping;

    /** A printer without paging. */
    TerminalPrinter(Terminal terminal, boolean colour) {
        this(terminal, colour, null);
    }

    /** A printer that pages with {@code keys} (null: no paging). */
    TerminalPrinter(Terminal terminal, boolean colour, Keys keys) {
        this.terminal = terminal;
        this.writer = terminal.writer();
        this.colour = colour;
        this.safe = SafeText.forCharset(terminal.outputEncoding());
        this.keys = keys;
        startCommand();
    }

    @Override
    public void startCommand() {
        room = keys == null ? -1 : height() - 1;
        skipping = false;
    }

    @Override
    public void println(Tone tone, String text) {
        for (String line : text.split("\n", -1)) {
            printOne(tone, line);
        }
    }

    /** Prints one line of text (a message's own line breaks each start a line). */
    private void printOne(Tone tone, String line) {
        if (!roomForALine()) {
            return;
        }
        String shown = safe.line(line);
        if (!colour || tone == Tone.PLAIN) {
            writer.println(shown);
        } else {
            writer.println(new AttributedString(shown, styleOf(tone)).toAnsi(terminal));
        }
    }

    /** Waits at a full page for the learner's key; false when the rest of the output is skipped. */
    private boolean roomForALine() {
        if (skipping) {
            return false;
        }
        if (room < 0) {
            return true;
        }
        if (room == 0) {
            writer.print(colour ? new AttributedString(MORE, styleOf(Tone.HINT)).toAnsi(terminal) : MORE);
            writer.flush();
            int key = keys.read();
            writer.print("\r" + " ".repeat(MORE.length()) + "\r");
            switch (key) {
                case ' ' -> room = height() - 1;
                case '\r', '\n', 'j' -> room = 1;
                default -> {
                    skipping = true;
                    writer.println("(the rest is skipped)");
                    writer.flush();
                    return false;
                }
            }
        }
        room--;
        return true;
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
            if (!roomForALine()) {
                return;
            }
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
        room = keys == null ? -1 : height() - 1;
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
