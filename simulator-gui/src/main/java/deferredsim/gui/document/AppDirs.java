package deferredsim.gui.document;

import deferredsim.core.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the window keeps its own files (recent files, autosave, settings): the system property
 * {@code deferredsim.gui.home} when set (tests point it at a temporary folder), else {@code
 * $XDG_CONFIG_HOME/deferred-sim}, else {@code ~/.config/deferred-sim}.
 */
public final class AppDirs {
    private AppDirs() {}

    /** The folder, created if missing. */
    public static Path home() throws IOException {
        String override = System.getProperty("deferredsim.gui.home");
        Path dir;
        if (override != null && !override.isBlank()) {
            dir = Path.of(override);
        } else {
            String xdg = System.getenv("XDG_CONFIG_HOME");
            Path config =
                    xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
            dir = config.resolve("deferred-sim");
        }
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * Writes {@code text} to {@code file} through a temporary file and an atomic rename ({@link
     * AtomicFile}), so a kill never leaves half a file.
     */
    public static void writeAtomically(Path file, String text) throws IOException {
        AtomicFile.writeString(file, text);
    }
}
