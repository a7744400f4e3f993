package deferredsim.gui.document;

import deferredsim.core.io.AtomicFile;
import deferredsim.core.io.TextInput;
import deferredsim.core.json.Json;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The working scenario, saved as it changes so it comes back after a crash or a kill: the drafts'
 * JSON (exactly as typed, valid or not) and the file it belongs to, if any, together in one file,
 * {@code autosave.state}, replaced atomically ({@link AtomicFile}), so a kill at any moment leaves
 * the previous autosave or the new one, never a mix of two documents. A clean quit {@link #clear}s
 * it; finding one at start means the last session did not end cleanly.
 *
 * <p>The file is three parts: the line {@value #HEADER}, the document's file as a JSON string (or
 * {@code null}) on the second line, then the drafts' JSON. An autosave left by an older version
 * ({@code autosave.json} and {@code autosave.file}) is still read.
 */
public final class Autosave {
    private static final String HEADER = "deferred-sim autosave 1";

    private final Path state;
    private final Path oldJson;
    private final Path oldFile;

    /** An autosave kept in {@code dir}. */
    public Autosave(Path dir) {
        this.state = dir.resolve("autosave.state");
        this.oldJson = dir.resolve("autosave.json");
        this.oldFile = dir.resolve("autosave.file");
    }

    /** What was saved: the drafts' JSON and the document's file (null for an unsaved new one). */
    public record Saved(String json, Path file) {}

    /**
     * Saves {@code draftsJson} for document {@code documentFile} (may be null), replacing the last
     * autosave in one atomic step.
     *
     * @throws IOException when the folder cannot be written; the last autosave then stays
     */
    public void save(String draftsJson, Path documentFile) throws IOException {
        String owner = documentFile == null
                ? "null"
                : Json.quote(documentFile.toAbsolutePath().toString());
        AtomicFile.writeString(state, HEADER + "\n" + owner + "\n" + draftsJson);
        Files.deleteIfExists(oldJson);
        Files.deleteIfExists(oldFile);
    }

    /** The saved work, if a session left some behind (empty when there is none or it cannot be read). */
    public Optional<Saved> load() {
        try {
            if (Files.exists(state)) {
                return parse(TextInput.read(state));
            }
            if (!Files.exists(oldJson)) {
                return Optional.empty();
            }
            String text = TextInput.read(oldJson);
            String owner = Files.exists(oldFile) ? TextInput.read(oldFile).strip() : "";
            return Optional.of(new Saved(text, owner.isEmpty() ? null : Path.of(owner)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Forgets the saved work (after a clean quit or an explicit save with nothing else pending). */
    public void clear() {
        try {
            Files.deleteIfExists(state);
            Files.deleteIfExists(oldJson);
            Files.deleteIfExists(oldFile);
        } catch (IOException ignored) {
            // A stale autosave only means the same work is offered again.
        }
    }

    private static Optional<Saved> parse(String text) {
        int first = text.indexOf('\n');
        int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
        if (second < 0 || !text.substring(0, first).equals(HEADER)) {
            return Optional.empty();
        }
        try {
            JsonNode owner = Json.parse(text.substring(first + 1, second));
            Path file = owner instanceof JsonString name ? Path.of(name.value()) : null;
            return Optional.of(new Saved(text.substring(second + 1), file));
        } catch (JsonSyntaxException unreadable) {
            return Optional.empty();
        }
    }
}
