package deferredsim.core.reactor.script;

/** A statement that does not parse: what was expected, at {@link #index()} in the statement's text. */
public final class StatementSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int index;

    StatementSyntaxException(int index, String problem) {
        super(problem, null, false, false);
        this.index = index;
    }

    /** The 0-based index in the statement's text where the problem is. */
    public int index() {
        return index;
    }
}
