package deferredsim.gui.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * Notices when the open file changes on disk (another editor saved it, a {@code git checkout}):
 * {@link #remember} what the file is after opening or saving it, then {@link #check} now and then.
 * A change is reported once; the file's time and size tell, so the program's own saves, remembered
 * right after writing, are not reported.
 *
 * <p>Plain Java, no timer: the window polls it from a JavaFX animation, tests call it directly.
 */
public final class DiskWatch {
    /** What {@link #check} found. */
    public enum Change {
        /** Nothing to do: no file, or it is as remembered. */
        NONE,
        /** The file was written since it was remembered (reported once, then remembered). */
        CHANGED,
        /** The file is gone or unreadable (reported once). */
        GONE
    }

    private Path file;
    private FileTime time;
    private long size = -1;

    /** Watches {@code file} (null: nothing) as it is now. */
    public void remember(Path file) {
        this.file = file;
        Stamp now = file == null ? null : stamp(file);
        time = now == null ? null : now.time;
        size = now == null ? -1 : now.size;
    }

    /** The file watched, or null. */
    public Path file() {
        return file;
    }

    /** Compares the file with what was remembered; a change is remembered, so it is reported once. */
    public Change check() {
        if (file == null) {
            return Change.NONE;
        }
        Stamp now = stamp(file);
        if (now == null) {
            if (size == -1 && time == null) {
                return Change.NONE;
            }
            time = null;
            size = -1;
            return Change.GONE;
        }
        if (Objects.equals(now.time, time) && now.size == size) {
            return Change.NONE;
        }
        time = now.time;
        size = now.size;
        return Change.CHANGED;
    }

    private record Stamp(FileTime time, long size) {}

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime(), attributes.size());
        } catch (IOException | SecurityException unreadable) {
            return null;
        }
    }
}
