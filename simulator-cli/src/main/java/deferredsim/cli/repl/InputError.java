package deferredsim.cli.repl;

/**
 * Something the user typed that cannot be carried out: says where (1-based column of the line,
 * 0 when not about a place), what is wrong and what would be right. Nothing the user built is
 * changed when one is raised.
 */
final class InputError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int column;

    InputError(int column, String message) {
        super(message);
        this.column = column;
    }

    InputError(String message) {
        this(0, message);
    }

    /** The 1-based column the message is about, or 0. */
    int column() {
        return column;
    }
}
