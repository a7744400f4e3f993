package deferredsim.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's whole content so that a crash or a {@code kill -9} at any moment leaves either
 * the old content or the new one, never a mix or a truncated file.
 *
 * <p>How: the new content goes to a temporary file in the same directory (unique per write, so two
 * processes never share one), is forced to the disk, and is then renamed over the file in one
 * atomic step (where the file system cannot rename atomically, a plain replacing rename). A symbolic
 * link is followed, so the file it points to is replaced and the link stays. A temporary file can be
 * left behind only by a kill in the middle; it never replaces anything by itself.
 *
 * <p>The class has static methods only.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /**
     * Replaces the content of {@code file} with {@code text} in UTF-8, creating the file (not its
     * directory) if it is missing.
     *
     * @throws IOException when the directory is missing or not writable, or the disk is full; the
     *     file then keeps its old content
     */
    public static void writeString(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces the content of {@code file} with {@code bytes}, as {@link #writeString} does.
     *
     * @throws IOException as {@link #writeString} does
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = target(file);
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        replace(target, temporary, written -> {
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        });
    }

    /** Writes a file's new content to the temporary file it is given (a library's own writer, say). */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole new content to {@code temporary}, an empty file or none. */
        void writeTo(Path temporary) throws IOException;
    }

    /**
     * Replaces the content of {@code file} with what {@code content} writes to the temporary file
     * {@code .NAME.PROCESS-ID.tmp} beside it (the same name every time in one process, so callers
     * that key something by the name keep one entry; callers in one process must not write the
     * same file at the same time).
     *
     * @throws IOException as {@link #writeString} does, or as {@code content} throws; the file then
     *     keeps its old content
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = target(file);
        Path temporary = target.resolveSibling(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temporary);
        replace(target, temporary, content);
    }

    private static Path target(Path file) throws IOException {
        return Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
    }

    /** Has {@code content} write {@code temporary}, forces it to the disk and renames it over {@code target}. */
    private static void replace(Path target, Path temporary, Content content) throws IOException {
        Path dir = target.getParent();
        try {
            content.writeTo(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes the rename itself durable where the system allows opening a directory; harmless elsewhere. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // Windows cannot open a directory; the rename is still atomic there.
        }
    }
}
