package deferredsim.lessons.progress;

import deferredsim.core.io.AtomicFile;
import deferredsim.core.io.TextInput;
import deferredsim.lessons.Exercise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A learner's progress, kept in {@code progress.json} in a directory ({@code ~/.deferred-sim} by
 * default) so that it survives restarts.
 *
 * <p>What holds:
 * <ul>
 *   <li>Opening never throws. A missing file is no progress. A file that is not valid progress is
 *       renamed to {@code progress.json.corrupt-<UTC time>} next to it (kept, never deleted) and
 *       progress starts empty; {@link #problems()} says so.
 *   <li>A file that cannot be read, cannot be set aside, or was written by a newer format is left
 *       alone: the store then works in memory only, {@link #problems()} says why, and {@link
 *       #markSolved} reports that it did not save. The file is never overwritten in that case.
 *   <li>Saving merges what is on disk (another window may have solved something meanwhile), then
 *       writes a temporary file and moves it over {@code progress.json}, so a crash leaves the old or
 *       the new file, never half of one.
 * </ul>
 *
 * <p>Not thread-safe: use it from one thread (the REPL's or the FX thread). Get one with {@link
 * #open()}; tests pass a temporary directory and a fixed {@link Clock} to {@link #open(Path, Clock)}.
 */
public final class ProgressStore {
    /** The file's name in the directory. */
    public static final String FILE_NAME = "progress.json";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;
    private final List<String> problems = new ArrayList<>();
    private Progress progress = Progress.EMPTY;
    private boolean readOnly;

    private ProgressStore(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The default directory: {@code .deferred-sim} in the user's home directory. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".deferred-sim");
    }

    /** Opens the store in {@link #defaultDirectory()}, timing solves with the system clock. */
    public static ProgressStore open() {
        return open(defaultDirectory(), Clock.systemUTC());
    }

    /**
     * Opens the store in {@code directory} (created on the first save) and reads its file now.
     * Problems with the file are reported through {@link #problems()}, not thrown.
     */
    public static ProgressStore open(Path directory, Clock clock) {
        ProgressStore store = new ProgressStore(
                Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(clock, "clock"));
        store.progress = store.readFile();
        return store;
    }

    /** The progress file's path. */
    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** What has been solved so far (including solves that could not be saved). */
    public Progress progress() {
        return progress;
    }

    /** True when {@code exercise} has been solved. */
    public boolean isSolved(Exercise exercise) {
        return progress.isSolved(exercise);
    }

    /**
     * Messages about the file for the learner, oldest first: a corrupt file set aside, a file that
     * cannot be read or written. Empty when all is well.
     */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** True when the store will not write its file (see the class comment); solves are kept in memory. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Records that {@code exercise} was solved now (an earlier solve is kept) and saves.
     *
     * @throws IOException when the file could not be written, or the store is read-only; the solve
     *     is kept in memory either way and saved with the next successful save
     */
    public void markSolved(Exercise exercise) throws IOException {
        markSolved(exercise.key());
    }

    /** As {@link #markSolved(Exercise)}, by exercise key. */
    public void markSolved(String key) throws IOException {
        progress = progress.with(key, clock.instant());
        save();
    }

    /**
     * Writes the current progress, merged with what is on disk, replacing the file atomically
     * ({@link AtomicFile}): a kill at any moment leaves the old progress or the new one.
     *
     * @throws IOException when it could not be written or the store is read-only
     */
    public void save() throws IOException {
        if (readOnly) {
            throw new IOException("progress is not saved to " + file()
                    + " (see the earlier message); this session's solves are kept in memory");
        }
        progress = progress.union(readFile());
        if (readOnly) {
            throw new IOException("progress is not saved to " + file() + ": " + problems.get(problems.size() - 1));
        }
        Files.createDirectories(directory);
        AtomicFile.writeString(file(), ProgressFile.write(progress));
    }

    /** Reads the file; sets a corrupt one aside; on anything else it cannot handle, goes read-only. */
    private Progress readFile() {
        String text;
        try {
            if (!Files.exists(file())) {
                return Progress.EMPTY;
            }
            text = TextInput.read(file());
        } catch (IOException | RuntimeException broken) {
            goReadOnly("Your progress file " + file() + " cannot be read (" + broken.getMessage()
                    + "); it is left as it is, and progress made now is not saved.");
            return Progress.EMPTY;
        }
        try {
            return ProgressFile.parse(text);
        } catch (ProgressFile.Unreadable unreadable) {
            if (unreadable.newer) {
                goReadOnly("Your progress file " + file() + " was written by a newer version ("
                        + unreadable.getMessage() + "); it is left as it is, and progress made now is not saved.");
                return Progress.EMPTY;
            }
            return setAside(unreadable.getMessage());
        }
    }

    private Progress setAside(String why) {
        Path aside = asideName();
        try {
            Files.move(file(), aside);
            problems.add("Your progress file " + file() + " was not valid (" + why + "). It was kept as "
                    + aside.getFileName() + " in the same directory, and progress starts again from nothing.");
        } catch (IOException | RuntimeException broken) {
            goReadOnly("Your progress file " + file() + " is not valid (" + why + ") and could not be set aside ("
                    + broken.getMessage() + "); it is left as it is, and progress made now is not saved.");
        }
        return Progress.EMPTY;
    }

    private Path asideName() {
        String base = FILE_NAME + ".corrupt-" + STAMP.format(clock.instant());
        Path aside = directory.resolve(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = directory.resolve(base + "-" + n);
        }
        return aside;
    }

    private void goReadOnly(String message) {
        readOnly = true;
        problems.add(message);
    }
}
