package deferredsim.cli.repl;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Single keys from a JLine terminal in raw mode; arrows map to 'n' (right, down) and 'b' (left,
 * up). Ctrl-C arrives as the key 3 (signals are off while a key is awaited), so the step view can
 * treat it as "leave"; an interrupt of the reading thread ends the wait with {@link Keys#EOF}.
 */
final class TerminalKeys implements Keys {
    /** How long one wait for a key lasts before the interrupt flag is looked at again. */
    private static final long POLL_MILLIS = 100;

    private final Terminal terminal;

    TerminalKeys(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int read() {
        Attributes saved = terminal.enterRawMode();
        try {
            Attributes raw = terminal.getAttributes();
            raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
            terminal.setAttributes(raw);
            NonBlockingReader reader = terminal.reader();
            int c = next(reader);
            if (c == 27) {
                int following = reader.read(50L);
                if (following == '[' || following == 'O') {
                    return arrow(reader.read(50L));
                }
                return 'q';
            }
            return c < 0 ? EOF : c;
        } catch (IOException e) {
            return EOF;
        } finally {
            terminal.setAttributes(saved);
        }
    }

    private static int next(NonBlockingReader reader) throws IOException {
        while (!Thread.currentThread().isInterrupted()) {
            int c = reader.read(POLL_MILLIS);
            if (c != NonBlockingReader.READ_EXPIRED) {
                return c;
            }
        }
        return EOF;
    }

    private static int arrow(int code) {
        return switch (code) {
            case 'C', 'B' -> 'n';
            case 'D', 'A' -> 'b';
            case 'H' -> 'f';
            case 'F' -> 'l';
            default -> ' ';
        };
    }
}
