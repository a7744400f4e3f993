package deferredsim.core.reactor.world;

import java.util.Locale;

/**
 * The limits of one reactor run: how many events it may record before it is stopped as a runaway
 * (a LoopingCall every nanosecond, a megabyte poem sent a byte at a time, a callback that keeps
 * adding callbacks). Immutable; {@link #fromSystemProperties()} reads them, {@link #of} makes them.
 */
public record RunLimits(int maxEvents) {
    /** The system property that sets {@link #maxEvents()}. */
    public static final String MAX_EVENTS_PROPERTY = "deferredsim.maxEvents";

    /** The default of {@link #maxEvents()}: far more than any lesson's scenario records. */
    public static final int DEFAULT_MAX_EVENTS = 1_000_000;

    /**
     * Limits of {@code maxEvents} events per run.
     *
     * @throws IllegalArgumentException when {@code maxEvents} is not positive
     */
    public RunLimits {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("a run may record at least one event, not " + maxEvents);
        }
    }

    /** Limits of {@code maxEvents} events per run. */
    public static RunLimits of(int maxEvents) {
        return new RunLimits(maxEvents);
    }

    /**
     * The limits the system properties set ({@value #MAX_EVENTS_PROPERTY}), else the defaults; a
     * property that is not a positive whole number counts as unset.
     */
    public static RunLimits fromSystemProperties() {
        Integer events = Integer.getInteger(MAX_EVENTS_PROPERTY);
        return new RunLimits(events == null || events < 1 ? DEFAULT_MAX_EVENTS : events);
    }

    /** What the run was stopped for at the events limit, and how to raise the limit. */
    String eventsMessage() {
        return String.format(
                Locale.ROOT,
                "the run was stopped after %,d events, the most one run may record (a loop that never ends?);"
                        + " to allow more, run with -D%s=N",
                maxEvents,
                MAX_EVENTS_PROPERTY);
    }
}
