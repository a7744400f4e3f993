package deferredsim.gui.document;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.testing.KillDuringWrites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveKillTest {
    /**
     * If a window's autosave is killed (SIGKILL) in the middle of saving, again and again, then what
     * comes back is one whole autosave: the drafts and the document file of the same save, the one
     * before the interrupted save or that one.
     */
    @Test
    void save_leavesOneWholeAutosaveWhenKilledMidWrite(@TempDir Path dir) throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < KillDuringWrites.rounds(); round++) {
            int target = 1 + random.nextInt(3);
            KillDuringWrites.killDuringWrite(Saver.class, dir, target, dir.toString());
            Optional<Autosave.Saved> saved = new Autosave(dir).load();
            assertThat(saved).isPresent();
            int version = Integer.parseInt(
                    saved.get().json().substring(0, saved.get().json().indexOf(' ')));
            assertThat(version).isBetween(target - 1, target);
            assertThat(saved.get().json()).isEqualTo(Saver.drafts(version));
            assertThat(saved.get().file()).isEqualTo(Saver.document(version));
        }
    }

    /** When an older version left autosave.json and autosave.file, then they are still offered back. */
    @Test
    void load_readsTheOlderTwoFileAutosave(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("autosave.json"), "{\"deferreds\": []}");
        Files.writeString(dir.resolve("autosave.file"), "/tmp/a.json\n");
        assertThat(new Autosave(dir).load())
                .contains(new Autosave.Saved("{\"deferreds\": []}", Path.of("/tmp/a.json")));
    }

    /** The child process: autosaves version 0, 1, 2, ... of 4 MB of drafts, each for its own document. */
    public static final class Saver {
        public static void main(String[] args) throws IOException {
            Autosave autosave = new Autosave(Path.of(args[0]));
            for (int version = 0; ; version++) {
                KillDuringWrites.announce(version);
                autosave.save(drafts(version), document(version));
            }
        }

        static String drafts(int version) {
            return version + " " + "{\"deferreds\": []} ".repeat(200_000);
        }

        static Path document(int version) {
            return Path.of("/tmp/document-" + version + ".json");
        }
    }
}
