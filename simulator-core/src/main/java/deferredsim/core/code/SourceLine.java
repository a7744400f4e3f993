package deferredsim.core.code;

import java.util.Objects;

/**
 * One line of one source file of a {@link CodeListing}.
 *
 * @param file the index of the file in {@link CodeListing#files()}
 * @param line the 1-based line number
 */
public record SourceLine(int file, int line) {
    public SourceLine {
        if (file < 0) {
            throw new IllegalArgumentException("a file index is 0 or more, not " + file);
        }
        if (line < 1) {
            throw new IllegalArgumentException("a line number is 1 or more, not " + line);
        }
    }

    /** The line in the first (main) file. */
    public static SourceLine of(int line) {
        return new SourceLine(0, line);
    }

    @Override
    public String toString() {
        return "file " + file + " line " + line;
    }

    /** True for the same line of the same file; lines of other files never match. */
    public boolean sameAs(SourceLine other) {
        return other != null && Objects.equals(this, other);
    }
}
