package deferredsim.gui.document;

import deferredsim.core.io.TextInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The most recently opened or saved scenario files, newest first, at most {@link #LIMIT}, kept
 * one path per line in a file so the list survives restarts. Failing to write the list never
 * stops the learner's work.
 */
public final class RecentFiles {
    /** How many files are remembered. */
    public static final int LIMIT = 8;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> filesView = FXCollections.unmodifiableObservableList(files);

    /** The list kept in {@code store} (read now if it exists). */
    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.exists(store)) {
                for (String line : TextInput.read(store).lines().toList()) {
                    if (!line.isBlank() && files.size() < LIMIT) {
                        files.add(Path.of(line.strip()));
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            files.clear();
        }
    }

    /** Puts {@code file} first (moving it if it was listed) and saves the list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        files.setAll(next.subList(0, Math.min(LIMIT, next.size())));
        List<String> lines = new ArrayList<>();
        files.forEach(p -> lines.add(p.toString()));
        try {
            AppDirs.writeAtomically(store, String.join("\n", lines) + "\n");
        } catch (IOException ignored) {
            // The menu still shows the list for this session.
        }
    }

    /** The files, newest first (read-only). */
    public ObservableList<Path> getFiles() {
        return filesView;
    }
}
