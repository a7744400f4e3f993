package deferredsim.core.share;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.scenario.ScenarioException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a scenario came from, and its JSON text: a file, or a {@link ShareLine share line} typed on
 * a command line, at the prompt or pasted into the window. Nothing is checked against a scenario
 * format here; {@link #isReactor()} tells which reader to use.
 *
 * @param name how messages name the source: the file as given, or {@code "the share line"}
 * @param file the file, or null for a share line
 * @param json the JSON text (a leading byte order mark removed)
 */
public record ScenarioSource(String name, Path file, String json) {
    /** How messages name a scenario that came from a share line. */
    public static final String SHARE_LINE = "the share line";

    /**
     * Reads {@code fileOrShareLine}: a share line when it starts with {@link ShareLine#PREFIX},
     * otherwise a file name.
     *
     * @throws ScenarioException when the share line is damaged, or the file cannot be read or is
     *     not UTF-8 (the message names the file and why)
     */
    public static ScenarioSource of(String fileOrShareLine) throws ScenarioException {
        if (ShareLine.isShareLine(fileOrShareLine)) {
            return new ScenarioSource(SHARE_LINE, null, ShareLine.decode(fileOrShareLine));
        }
        Path file;
        try {
            file = Path.of(fileOrShareLine);
        } catch (InvalidPathException bad) {
            throw new ScenarioException(
                    "", "cannot read " + fileOrShareLine + ": not a file name (" + bad.getReason() + ")");
        }
        return of(file);
    }

    /**
     * Reads {@code file}, decoded as UTF-8.
     *
     * @throws ScenarioException when it cannot be read or is not UTF-8; the message names the file
     */
    public static ScenarioSource of(Path file) throws ScenarioException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException missing) {
            throw new ScenarioException("", "cannot read " + file + ": no such file");
        } catch (CharacterCodingException notText) {
            throw new ScenarioException("", "cannot read " + file + ": it is not UTF-8 text");
        } catch (IOException | SecurityException broken) {
            throw new ScenarioException("", "cannot read " + file + ": " + broken.getMessage());
        }
        return new ScenarioSource(file.toString(), file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** True for a {@code reactor-scenario/…} text (the book's Parts 1–8), false for a Deferred scenario. */
    public boolean isReactor() {
        return ReactorScenarioReader.declaresReactorFormat(json);
    }

    /** This scenario's share line. */
    public String shareLine() throws ScenarioException {
        return ShareLine.encode(json);
    }
}
