package deferredsim.core.scenario;

import java.util.Collection;
import java.util.List;

/**
 * How a list deferred combines its members: Twisted's {@code DeferredList} flags, or {@code
 * gatherResults} when {@code gather} is true (then the three flags are false).
 */
public record ListOptions(boolean fireOnOneCallback, boolean fireOnOneErrback, boolean consumeErrors, boolean gather) {
    /** A plain {@code DeferredList(ds)}. */
    public static final ListOptions PLAIN = new ListOptions(false, false, false, false);

    /** {@code gatherResults(ds)}. */
    public static final ListOptions GATHER = new ListOptions(false, false, false, true);

    /** The DeferredList flags, spelt as Twisted's keyword arguments (and a scenario's keys) are. */
    public static final List<String> FLAGS = List.of("fireOnOneCallback", "fireOnOneErrback", "consumeErrors");

    /** A {@code DeferredList} with exactly the {@link #FLAGS} in {@code flags} set; other words are ignored. */
    public static ListOptions deferredList(Collection<String> flags) {
        return new ListOptions(
                flags.contains(FLAGS.get(0)), flags.contains(FLAGS.get(1)), flags.contains(FLAGS.get(2)), false);
    }

    public ListOptions {
        if (gather && (fireOnOneCallback || fireOnOneErrback || consumeErrors)) {
            throw new IllegalArgumentException("gather excludes the DeferredList flags");
        }
    }
}
