package deferredsim.cli.repl;

import deferredsim.core.io.AtomicFile;
import deferredsim.core.io.InputLimits;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history, saved so that a kill at any moment leaves the history file whole: every save
 * writes the entire history (in JLine's own format, trimmed to {@code history-file-size}) to a
 * temporary file beside it and renames that over the file ({@link AtomicFile}), where JLine would
 * append to the file in place. A history file larger than {@link InputLimits#maxBytes()} is not
 * read into memory: it is renamed {@code NAME.too-large} and the history starts empty.
 *
 * <p>Give one to {@code LineReaderBuilder.history(...)}; the file is the reader's {@link
 * LineReader#HISTORY_FILE}.
 */
final class AtomicHistory extends DefaultHistory {
    private LineReader reader;

    @Override
    public void attach(LineReader reader) {
        this.reader = reader;
        super.attach(reader);
    }

    @Override
    public synchronized void load() throws IOException {
        Path file = file();
        if (file != null && Files.isRegularFile(file) && Files.size(file) > InputLimits.maxBytes()) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".too-large"));
        }
        super.load();
    }

    /** Writes the whole history to the file in one atomic replacement (no-op without a history file). */
    @Override
    public synchronized void save() throws IOException {
        Path file = file();
        if (file == null) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        AtomicFile.write(file, temporary -> write(temporary, false));
    }

    private Path file() {
        Object value = reader == null ? null : reader.getVariable(LineReader.HISTORY_FILE);
        if (value instanceof Path path) {
            return path;
        } else if (value instanceof File f) {
            return f.toPath();
        } else if (value != null) {
            return Path.of(value.toString());
        }
        return null;
    }
}
