package deferredsim.core.scenario;

/**
 * A scenario that breaks the contract. The message says what is wrong and what was expected;
 * {@link #path()} names the place as a JSON path ({@code $.deferreds[0].chain[1][0]}) and {@link
 * #line()}/{@link #column()} give the 1-based position in the file when it came from one (0 when
 * unknown).
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;
    private final int column;
    private final String problem;

    /** A broken rule at {@code path}, with no position in a file. */
    public ScenarioException(String path, String problem) {
        this(path, 0, 0, problem);
    }

    /** A broken rule at {@code path}, at 1-based {@code line}:{@code column} of the file. */
    public ScenarioException(String path, int line, int column, String problem) {
        super(format(path, line, column, problem));
        this.path = path;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String path, int line, int column, String problem) {
        String where = line > 0 ? line + ":" + column + ": " : "";
        return where + (path.isEmpty() ? "" : path + ": ") + problem;
    }

    /** The JSON path of the offending value, e.g. {@code $.actions[2].at}. */
    public String path() {
        return path;
    }

    /** The place of the offending value, as typed parts: a deferred's pair and member, an action's field. */
    public ScenarioPlace place() {
        return ScenarioPlace.of(path);
    }

    /** 1-based line in the file, or 0. */
    public int line() {
        return line;
    }

    /** 1-based column in the file, or 0. */
    public int column() {
        return column;
    }

    /** What is wrong and what was expected, without the place. */
    public String problem() {
        return problem;
    }

    /** The same problem placed at a file position. */
    public ScenarioException at(int line, int column) {
        return new ScenarioException(path, line, column, problem);
    }
}
