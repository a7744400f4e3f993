package deferredsim.cli.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/** Drives the whole REPL through a dumb JLine terminal fed from a string; collects what it printed. */
final class ReplSession {
    private ReplSession() {}

    /** Types {@code input} (lines separated by \n) at the prompt and returns the screen output. */
    static String type(Path home, String input) {
        return type(home, input, 200, null);
    }

    static String type(Path home, String input, int width, String file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal(
                "test",
                "dumb",
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out,
                StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(width, 50));
            ReplLauncher.run(terminal, home, false, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
