package deferredsim.cli.repl;

import deferredsim.core.scenario.ScenarioDraft;
import deferredsim.core.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * The prompt's unsaved work, kept on disk as it changes so that a crash or a kill loses nothing:
 * {@code autosave/prompt-PID.json} under the session's folder, a draft of the workbench exactly as
 * typed, with {@code prompt-PID.file} naming the file it belongs to, if any. One file per session
 * (by process id), so two prompts open at once never overwrite each other's.
 *
 * <p>It is written after every line that leaves unsaved work and removed when the work is saved,
 * cleared or deliberately dropped. An autosave whose session is no longer running was left by a
 * crash or a kill: {@link #leftBehind()} finds it for the next session to offer back.
 */
final class PromptAutosave {
    private static final String PREFIX = "prompt-";

    private final Path dir;
    private final long pid;
    private ScenarioDraft written;

    /** The autosave of the session {@code pid}, kept under {@code home}. */
    PromptAutosave(Path home, long pid) {
        this.dir = home.resolve("autosave");
        this.pid = pid;
    }

    /** The autosave of this process. */
    static PromptAutosave forThisProcess(Path home) {
        return new PromptAutosave(home, ProcessHandle.current().pid());
    }

    /** Where this session's work is kept. */
    Path file() {
        return dir.resolve(PREFIX + pid + ".json");
    }

    private Path ownerFile() {
        return dir.resolve(PREFIX + pid + ".file");
    }

    /**
     * Brings the autosave up to date with {@code ctx}: writes the workbench when it holds unsaved
     * work that differs from what was last written, removes the autosave when nothing is unsaved.
     *
     * @return a problem to tell the user, or empty when all went well
     */
    Optional<String> update(ReplContext ctx) {
        try {
            if (!ctx.hasUnsavedWork()) {
                clear();
                return Optional.empty();
            }
            ScenarioDraft draft = ctx.workbench.toDraft();
            if (draft.equals(written)) {
                return Optional.empty();
            }
            Files.createDirectories(dir);
            FileCommands.writeSafely(file(), draft.write());
            FileCommands.writeSafely(ownerFile(), ctx.file == null ? "" : ctx.file.toAbsolutePath() + "\n");
            written = draft;
            return Optional.empty();
        } catch (IOException | InputError e) {
            return Optional.of("(the autosave could not be written: " + e.getMessage() + ")");
        }
    }

    /** Removes this session's autosave (its work was saved, cleared or dropped on purpose). */
    void clear() {
        written = null;
        try {
            Files.deleteIfExists(file());
            Files.deleteIfExists(ownerFile());
        } catch (IOException ignored) {
            // a stale autosave is only offered again
        }
    }

    /** Work a session left behind when it ended without saving: its draft, the file it belonged to, when. */
    record LeftBehind(Path file, ScenarioDraft draft, Path owner, FileTime when) {}

    /**
     * The newest autosave of a session that is no longer running, if any; autosaves that cannot be
     * read are skipped.
     */
    Optional<LeftBehind> leftBehind() {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        LeftBehind newest = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*.json")) {
            for (Path file : files) {
                Optional<LeftBehind> found = read(file);
                if (found.isPresent() && (newest == null || found.get().when().compareTo(newest.when()) > 0)) {
                    newest = found.get();
                }
            }
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        return Optional.ofNullable(newest);
    }

    private Optional<LeftBehind> read(Path file) {
        String name = file.getFileName().toString();
        long owner;
        try {
            owner = Long.parseLong(name.substring(PREFIX.length(), name.length() - ".json".length()));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        if (owner == pid || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.empty(); // this session's own, or one still running
        }
        try {
            ScenarioDraft draft = ScenarioDraft.read(file);
            Path sidecar = file.resolveSibling(PREFIX + owner + ".file");
            String belongs = Files.exists(sidecar) ? Files.readString(sidecar).strip() : "";
            return Optional.of(new LeftBehind(
                    file, draft, belongs.isEmpty() ? null : Path.of(belongs), Files.getLastModifiedTime(file)));
        } catch (ScenarioException | IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Moves work left behind out of the way, to {@code recovered.json} under the session's folder
     * (replacing an older one), and returns where it is now.
     */
    Path keepAside(LeftBehind left) throws IOException {
        Path kept = dir.getParent().resolve("recovered.json");
        Files.move(left.file(), kept, StandardCopyOption.REPLACE_EXISTING);
        forget(left);
        return kept;
    }

    /** Removes the files of work left behind (it was restored or kept aside). */
    void forget(LeftBehind left) {
        try {
            Files.deleteIfExists(left.file());
            String name = left.file().getFileName().toString();
            Files.deleteIfExists(left.file().resolveSibling(name.replaceFirst("\\.json$", ".file")));
        } catch (IOException ignored) {
            // offered again next time
        }
    }
}
