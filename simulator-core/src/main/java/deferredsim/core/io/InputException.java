package deferredsim.core.io;

import java.io.IOException;

/**
 * A file (or standard input) that cannot be read as text: missing, unreadable, larger than {@link
 * InputLimits#maxBytes()}, or not UTF-8. The message names the source and, when the problem has a
 * place in the file, {@link #line()} and {@link #column()} give it (1-based; 0 when it has none).
 */
public final class InputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /** A problem with {@code source} as a whole, e.g. "no such file". */
    public InputException(String source, String problem) {
        this(source, 0, 0, problem);
    }

    /** A problem at the 1-based {@code line}:{@code column} of {@code source}. */
    public InputException(String source, int line, int column, String problem) {
        super(source + ":" + (line > 0 ? line + ":" + column + ": " : " ") + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file or "standard input". */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem (in characters of the line), or 0. */
    public int column() {
        return column;
    }

    /** What is wrong, without the source and the place. */
    public String problem() {
        return problem;
    }
}
