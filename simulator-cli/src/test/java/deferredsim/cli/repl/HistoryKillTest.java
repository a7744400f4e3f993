package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.testing.KillDuringWrites;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("sets a system property that the code under test reads")
class HistoryKillTest {
    /**
     * If a prompt saving its history after every line is killed (SIGKILL) in the middle of a save,
     * again and again, then the history file always holds whole lines: every line typed up to the
     * one before the interrupted save, or that one too.
     */
    @Test
    void save_leavesWholeLinesWhenKilledMidWrite(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("history");
        Random random = new Random(3);
        for (int round = 0; round < KillDuringWrites.rounds(); round++) {
            int target = 1 + random.nextInt(3);
            Files.deleteIfExists(file);
            KillDuringWrites.killDuringWrite(Typist.class, dir, target, file.toString());
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.size() - 1).isBetween(target - 1, target);
            for (int n = 0; n < lines.size(); n++) {
                assertThat(lines.get(n)).endsWith(":" + Typist.line(n));
            }
        }
    }

    /** When a history file is larger than the read limit, then it is set aside and the history starts empty. */
    @Test
    void load_setsAsideAHistoryLargerThanTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("history");
        Files.writeString(file, "1:x\n".repeat(10));
        String saved = System.getProperty("deferredsim.input.maxBytes");
        System.setProperty("deferredsim.input.maxBytes", "20");
        try (Terminal terminal = Typist.terminal()) {
            LineReader reader = Typist.reader(terminal, file);
            assertThat(reader.getHistory().size()).isZero();
            assertThat(dir.resolve("history.too-large"))
                    .hasContent("1:x\n".repeat(10).strip());
        } finally {
            if (saved == null) {
                System.clearProperty("deferredsim.input.maxBytes");
            } else {
                System.setProperty("deferredsim.input.maxBytes", saved);
            }
        }
    }

    /** The child process: adds line 0, 1, 2, ... (2 MB each) to a history that saves after each. */
    public static final class Typist {
        public static void main(String[] args) throws IOException {
            try (Terminal terminal = terminal()) {
                LineReader reader = reader(terminal, Path.of(args[0]));
                for (int n = reader.getHistory().size(); ; n++) {
                    KillDuringWrites.announce(n);
                    reader.getHistory().add(line(n));
                }
            }
        }

        static Terminal terminal() throws IOException {
            return new DumbTerminal(
                    "history",
                    "dumb",
                    new ByteArrayInputStream(new byte[0]),
                    OutputStream.nullOutputStream(),
                    StandardCharsets.UTF_8);
        }

        /** A reader keeping its history in {@code file}, attached as readLine would attach it. */
        static LineReader reader(Terminal terminal, Path file) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .history(new AtomicHistory())
                    .variable(LineReader.HISTORY_FILE, file)
                    .build();
            reader.getHistory().attach(reader);
            return reader;
        }

        static String line(int n) {
            return String.format("%04d show ", n) + "x".repeat(2_000_000);
        }
    }
}
