package deferredsim.core.recording;

import java.util.Objects;

/**
 * A run stopped at one of the simulator's limits (too many events, a time past what the clock
 * holds) before it ended by itself: a loop that never ends, or a scenario far bigger than any
 * lesson needs. The message names the limit and how to raise it; {@link #partial()} is what
 * happened up to the stop, a recording that ends like one cut at its time limit (a {@code limit}
 * event, then the outcomes so far), which every view can show.
 *
 * <p>Thrown by {@code ReactorSimulation.run}.
 */
public final class RunLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The limit's name, as {@link #limit()} gives it. */
    private final String limit;

    /** Not serialized: what happened so far. */
    private final transient Recording partial;

    /** A run stopped at {@code limit}, explained by {@code message}, with what happened so far. */
    public RunLimitException(String limit, String message, Recording partial) {
        super(message, null, false, false);
        this.limit = Objects.requireNonNull(limit, "limit");
        this.partial = Objects.requireNonNull(partial, "partial");
    }

    /** Which limit stopped the run: {@code events} or {@code time}. */
    public String limit() {
        return limit;
    }

    /** What happened up to the stop, ending with a {@code limit} event and the outcomes so far. */
    public Recording partial() {
        return partial;
    }
}
