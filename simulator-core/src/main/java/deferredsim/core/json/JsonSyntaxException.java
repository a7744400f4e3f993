package deferredsim.core.json;

/**
 * A text that is not valid JSON (RFC 8259), or an object with a duplicate key. The message is
 * {@code line:column: problem}, where the problem says what was expected there, e.g. {@code 3:17:
 * expected ',' or '}' after an object member, not ']'}.
 */
public final class JsonSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    /** A problem at the 1-based {@code line}:{@code column} of the source. */
    public JsonSyntaxException(int line, int column, String problem) {
        super(line + ":" + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, in UTF-16 code units. */
    public int column() {
        return column;
    }

    /** What is wrong and what was expected, without the position. */
    public String problem() {
        return problem;
    }
}
