package deferredsim.lessons.progress;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.testing.KillDuringWrites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressKillTest {
    /**
     * If a process saving progress after every solve is killed (SIGKILL) in the middle of a save,
     * again and again, then the progress file is always a complete, readable file holding the
     * solves up to the one before the interrupted save, or that one too.
     */
    @Test
    void save_leavesACompleteFileWhenKilledMidWrite(@TempDir Path dir) throws Exception {
        Random random = new Random(5);
        for (int round = 0; round < KillDuringWrites.rounds(); round++) {
            int target = 1 + random.nextInt(3);
            Files.deleteIfExists(dir.resolve(ProgressStore.FILE_NAME));
            KillDuringWrites.killDuringWrite(Solver.class, dir, target, dir.toString());
            Progress progress =
                    ProgressFile.parse(Files.readString(dir.resolve(ProgressStore.FILE_NAME), StandardCharsets.UTF_8));
            TreeSet<String> keys = new TreeSet<>(progress.solved().keySet());
            int last = keys.size() - 1;
            assertThat(last).isBetween(target - 1, target);
            for (int n = 0; n <= last; n++) {
                assertThat(keys).contains(Solver.key(n));
            }
        }
    }

    /** The child process: solves exercise 0, 1, 2, ... (long keys, so the file grows large), saving each. */
    public static final class Solver {
        public static void main(String[] args) throws IOException {
            ProgressStore store = ProgressStore.open(
                    Path.of(args[0]), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
            for (int n = store.progress().solved().size(); ; n++) {
                KillDuringWrites.announce(n);
                store.markSolved(key(n));
            }
        }

        static String key(int n) {
            return String.format("%04d-", n) + "x".repeat(500_000);
        }
    }
}
