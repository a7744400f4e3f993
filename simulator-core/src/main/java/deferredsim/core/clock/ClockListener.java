package deferredsim.core.clock;

/** Hears what a {@link VirtualClock} does, so a recording can show delayed calls on the timeline. */
public interface ClockListener {
    /** Does nothing. */
    ClockListener NONE = new ClockListener() {};

    /** {@code call} was scheduled (it is active and due at {@code call.time()}). */
    default void scheduled(ScheduledCall call) {}

    /** {@code call} came due; the clock is about to run it. */
    default void running(ScheduledCall call) {}

    /** {@code call} was cancelled before it ran. */
    default void cancelled(ScheduledCall call) {}
}
