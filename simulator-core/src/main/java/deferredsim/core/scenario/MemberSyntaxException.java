package deferredsim.core.scenario;

/** A stage string that does not follow the grammar; says where (0-based column) and what was expected. */
public final class MemberSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int column;
    private final String expected;

    /** @param column 0-based index into the stage string; @param expected what would have been right there */
    public MemberSyntaxException(int column, String expected) {
        super("expected " + expected + " at column " + (column + 1));
        this.column = column;
        this.expected = expected;
    }

    /** The 0-based index into the stage string where the problem starts. */
    public int column() {
        return column;
    }

    /** What would have been right at {@link #column()}, for messages. */
    public String expected() {
        return expected;
    }
}
