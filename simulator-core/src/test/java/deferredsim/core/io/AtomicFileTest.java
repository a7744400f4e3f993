package deferredsim.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.testing.KillDuringWrites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    /**
     * If a process writing an 8 MB file over and over is killed (SIGKILL) in the middle of a write,
     * again and again, then the file always holds one complete version, the one before the
     * interrupted write or the interrupted one itself.
     */
    @Test
    void write_leavesOldOrNewContentWhenKilledMidWrite(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state.txt");
        Random random = new Random(13);
        for (int round = 0; round < KillDuringWrites.rounds(); round++) {
            int target = 1 + random.nextInt(3);
            KillDuringWrites.killDuringWrite(Writer.class, dir, target, file.toString());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int version = Integer.parseInt(text.substring(0, text.indexOf('\n')));
            assertThat(version).isBetween(target - 1, target);
            assertThat(text).isEqualTo(Writer.content(version));
        }
    }

    /** When a file is replaced through a symbolic link, then the link stays and its target gets the content. */
    @Test
    void write_followsSymbolicLinks(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        AtomicFile.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    /** The child process: writes version 0, 1, 2, ... of an 8 MB file, announcing each write first. */
    public static final class Writer {
        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            for (int version = 0; ; version++) {
                KillDuringWrites.announce(version);
                AtomicFile.writeString(file, content(version));
            }
        }

        static String content(int version) {
            String line = "version " + version + " of a file that must never be half written\n";
            return version + "\n" + line.repeat((8 << 20) / line.length());
        }
    }
}
