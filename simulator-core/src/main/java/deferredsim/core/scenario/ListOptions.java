package deferredsim.core.scenario;

/**
 * How a list deferred combines its members: Twisted's {@code DeferredList} flags, or {@code
 * gatherResults} when {@code gather} is true (then the three flags are false).
 */
public record ListOptions(boolean fireOnOneCallback, boolean fireOnOneErrback, boolean consumeErrors, boolean gather) {
    /** A plain {@code DeferredList(ds)}. */
    public static final ListOptions PLAIN = new ListOptions(false, false, false, false);

    /** {@code gatherResults(ds)}. */
    public static final ListOptions GATHER = new ListOptions(false, false, false, true);

    public ListOptions {
        if (gather && (fireOnOneCallback || fireOnOneErrback || consumeErrors)) {
            throw new IllegalArgumentException("gather excludes the DeferredList flags");
        }
    }
}
