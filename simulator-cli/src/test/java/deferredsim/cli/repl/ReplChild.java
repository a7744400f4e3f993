package deferredsim.cli.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/** A prompt session in a process of its own, on standard input and output: for tests that kill it. */
public final class ReplChild {
    private ReplChild() {}

    /** Runs a dumb-terminal session keeping its files in the folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        try (Terminal terminal = new DumbTerminal("child", "dumb", System.in, System.out, StandardCharsets.UTF_8)) {
            ReplLauncher.run(terminal, PromptSettings.of(Path.of(args[0]), false, null));
        }
    }
}
