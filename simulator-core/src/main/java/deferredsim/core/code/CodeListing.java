package deferredsim.core.code;

import deferredsim.core.reading.Playhead;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run as code: the source files, and for each event of the run's recording the line where it
 * happened (a callback's line while it ran, the line of a {@code d.callback(...)} call, of an
 * {@code addCallbacks}, of a {@code yield}), or none for an event no line of the code stands for
 * (the results at the end).
 *
 * <p>Immutable. Get one from a recorded program ({@code ProgramRun.code()}), from {@link
 * ScenarioPython#of} for a simulated scenario, or from {@link #of} in tests.
 */
public final class CodeListing {
    private final String title;
    private final List<SourceFile> files;
    private final List<SourceLine> lines;

    private CodeListing(String title, List<SourceFile> files, List<SourceLine> lines) {
        this.title = Objects.requireNonNull(title, "title");
        this.files = List.copyOf(files);
        this.lines = Collections.unmodifiableList(new ArrayList<>(lines));
        if (this.files.isEmpty()) {
            throw new IllegalArgumentException("a listing has at least one file");
        }
        for (SourceLine line : this.lines) {
            if (line != null && line.file() >= this.files.size()) {
                throw new IllegalArgumentException("no file " + line.file() + " in a listing of " + this.files.size());
            }
        }
    }

    /**
     * A listing titled {@code title} (what the code is: {@code defer-6.py, as recorded}) of {@code
     * files}, the first being the main one, with {@code lines.get(i)} the line of event {@code i}
     * (null entries: no line).
     *
     * @throws IllegalArgumentException when there is no file or a line names a file not given
     */
    public static CodeListing of(String title, List<SourceFile> files, List<SourceLine> lines) {
        return new CodeListing(title, files, lines);
    }

    /** What the code is, for a pane's heading. */
    public String title() {
        return title;
    }

    /** The files, the main one first. */
    public List<SourceFile> files() {
        return files;
    }

    /** The file of {@code line}. */
    public SourceFile file(SourceLine line) {
        return files.get(line.file());
    }

    /** The number of events the listing maps. */
    public int size() {
        return lines.size();
    }

    /** The line of event {@code index}, if it has one (none beyond the events mapped). */
    public Optional<SourceLine> lineOf(int index) {
        return index >= 0 && index < lines.size() ? Optional.ofNullable(lines.get(index)) : Optional.empty();
    }

    /**
     * The line to show at {@code at}: the line of the last event that happened, if it has one. At
     * the start, and after an event without a line, there is none.
     */
    public Optional<SourceLine> lineAt(Playhead at) {
        return at.atStart() ? Optional.empty() : lineOf(at.lastEvent());
    }

    /** The text of {@code line}, without its indentation. */
    public String text(SourceLine line) {
        return file(line).line(line.line()).strip();
    }
}
