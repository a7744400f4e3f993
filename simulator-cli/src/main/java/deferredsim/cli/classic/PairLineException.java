package deferredsim.cli.classic;

/**
 * A pair line that does not follow the classic grammar: says what is wrong, at which column, and
 * what would be right there.
 */
public final class PairLineException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int column;
    private final String problem;
    private final String remedy;

    /**
     * @param column 1-based column (in characters) where the problem is
     * @param problem what is wrong, e.g. {@code 'x' is not a stage}
     * @param remedy what would be right, e.g. {@code write return VALUE, fail VALUE or passthru}
     */
    PairLineException(int column, String problem, String remedy) {
        super(problem + "; " + remedy);
        this.column = column;
        this.problem = problem;
        this.remedy = remedy;
    }

    /** The 1-based column, counted in characters, where the problem is. */
    public int column() {
        return column;
    }

    /** What is wrong, without the column. */
    public String problem() {
        return problem;
    }

    /** What would be right at {@link #column()}. */
    public String remedy() {
        return remedy;
    }
}
