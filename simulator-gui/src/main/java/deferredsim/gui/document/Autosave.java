package deferredsim.gui.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The working scenario, saved as it changes so it comes back after a crash or a kill: the drafts'
 * JSON (exactly as typed, valid or not) in {@code autosave.json}, and the file it belongs to, if
 * any, in {@code autosave.file}. A clean quit {@link #clear}s it; finding one at start means the
 * last session did not end cleanly.
 */
public final class Autosave {
    private final Path json;
    private final Path file;

    /** An autosave kept in {@code dir}. */
    public Autosave(Path dir) {
        this.json = dir.resolve("autosave.json");
        this.file = dir.resolve("autosave.file");
    }

    /** What was saved: the drafts' JSON and the document's file (null for an unsaved new one). */
    public record Saved(String json, Path file) {}

    /** Saves {@code draftsJson} for document {@code documentFile} (may be null). */
    public void save(String draftsJson, Path documentFile) throws IOException {
        AppDirs.writeAtomically(json, draftsJson);
        AppDirs.writeAtomically(
                file, documentFile == null ? "" : documentFile.toAbsolutePath().toString());
    }

    /** The saved work, if a session left some behind. */
    public Optional<Saved> load() {
        try {
            if (!Files.exists(json)) {
                return Optional.empty();
            }
            String text = Files.readString(json);
            String owner = Files.exists(file) ? Files.readString(file).strip() : "";
            return Optional.of(new Saved(text, owner.isEmpty() ? null : Path.of(owner)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Forgets the saved work (after a clean quit or an explicit save with nothing else pending). */
    public void clear() {
        try {
            Files.deleteIfExists(json);
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stale autosave only means the same work is offered again.
        }
    }
}
