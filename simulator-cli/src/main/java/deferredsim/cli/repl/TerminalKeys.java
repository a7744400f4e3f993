package deferredsim.cli.repl;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/** Single keys from a JLine terminal in raw mode; arrows map to 'n' (right, down) and 'b' (left, up). */
final class TerminalKeys implements Keys {
    private final Terminal terminal;

    TerminalKeys(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int read() {
        Attributes saved = terminal.enterRawMode();
        try {
            NonBlockingReader reader = terminal.reader();
            int c = reader.read();
            if (c == 27) {
                int next = reader.read(50L);
                if (next == '[' || next == 'O') {
                    int code = reader.read(50L);
                    switch (code) {
                        case 'C':
                        case 'B':
                            return 'n';
                        case 'D':
                        case 'A':
                            return 'b';
                        case 'H':
                            return 'f';
                        case 'F':
                            return 'l';
                        default:
                            return ' ';
                    }
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
}
