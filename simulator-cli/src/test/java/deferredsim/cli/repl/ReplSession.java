package deferredsim.cli.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
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
        return type(input, "dumb", width, PromptSettings.of(home, false, file));
    }

    /** Types {@code input} in a session whose settings {@code change} adapts from the normal ones. */
    static String type(Path home, String input, UnaryOperator<PromptSettings> change) {
        return type(input, "dumb", 200, change.apply(PromptSettings.of(home, false, null)));
    }

    /**
     * Types {@code input} on a terminal of {@code type} (a "dumb" one asks no questions; "xterm"
     * reads answers from the input), {@code width} columns wide, in a session with {@code settings}.
     */
    static String type(String input, String type, int width, PromptSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal(
                "test", type, new TypedInput(input.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(width, 50));
            ReplLauncher.run(terminal, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
