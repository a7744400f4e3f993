package deferredsim.core.reactor;

import deferredsim.core.value.Failure;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What one {@link ReadDescriptor#doRead()} did: read what there was and stays watched ({@link
 * Keep}), found the connection gone ({@link Lost}), or blocked the reactor's thread in a blocking
 * {@code recv} ({@link Blocked}): the reactor then does nothing until the read can go on.
 *
 * <p>Get one from {@link #KEEP}, {@link #lost(Failure)} or {@link #blockedUntil}.
 */
public sealed interface ReadResult {
    /** The descriptor stays watched. */
    ReadResult KEEP = new Keep();

    /** The descriptor is removed and told {@code connectionLost(reason)}. */
    static ReadResult lost(Failure reason) {
        return new Lost(reason);
    }

    /**
     * The read blocks the reactor's thread until {@code ready} holds; then {@code then} goes on
     * with it (and may block again).
     */
    static ReadResult blockedUntil(BooleanSupplier ready, Supplier<ReadResult> then) {
        return new Blocked(ready, then);
    }

    /** Stays watched. */
    record Keep() implements ReadResult {}

    /** Lost, for {@code reason}: {@link Reasons#CONNECTION_DONE}, {@link Reasons#CONNECTION_LOST}, … */
    record Lost(Failure reason) implements ReadResult {
        public Lost {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Blocked until {@code ready}; {@code then} is the rest of the read. */
    record Blocked(BooleanSupplier ready, Supplier<ReadResult> then) implements ReadResult {
        public Blocked {
            Objects.requireNonNull(ready, "ready");
            Objects.requireNonNull(then, "then");
        }
    }
}
