package deferredsim.cli.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * A prompt session running on its own thread on a dumb terminal, typed into line by line while it
 * runs, so that a test can press Ctrl-C (raise SIGINT on the terminal) at a chosen moment.
 */
final class LiveSession implements AutoCloseable {
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final CompletableFuture<Integer> status;

    LiveSession(PromptSettings settings) {
        try {
            PipedInputStream input = new PipedInputStream(keyboard, 1 << 16);
            terminal = new DumbTerminal("live", "dumb", input, screen, StandardCharsets.UTF_8);
            terminal.setSize(new Size(200, 50));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        status = CompletableFuture.supplyAsync(() -> ReplLauncher.run(terminal, settings));
    }

    /** Types {@code text} (end lines with \n). */
    void type(String text) {
        try {
            keyboard.write(text.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Presses Ctrl-C: the terminal raises SIGINT, as a real one does while a command runs. */
    void interrupt() {
        terminal.raise(Terminal.Signal.INT);
    }

    /** Ends the input and waits for the session to end; returns its exit status. */
    int finish() {
        try {
            keyboard.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status.join();
    }

    /** Everything printed so far. */
    String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        keyboard.close();
        terminal.close();
    }
}
