package deferredsim.core.code;

/**
 * A change to a line of a program's code that cannot be made: the line holds no statement, the new
 * line does not read as one, or the program does not read with it. The message says why in a
 * learner's words; {@link #column()} points into the new line when the problem is there.
 */
public final class CodeEditException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int column;

    CodeEditException(int column, String problem) {
        super(problem, null, false, false);
        this.column = column;
    }

    /** The 1-based column of the new line where the problem is, or 0 when it is not in the line. */
    public int column() {
        return column;
    }
}
