package deferredsim.core.engine;

import deferredsim.core.value.Value;

/**
 * Hears the moments of a deferred's life that the views show but that no stage reports: waiting
 * on an inner deferred, taking its result, and the end of a pass over the chain.
 */
public interface DeferredListener {
    /** Hears nothing. */
    DeferredListener NONE = new DeferredListener() {};

    /** {@code outer}'s chain stopped to wait for {@code inner}, which a stage returned. */
    default void waitingOn(Deferred outer, Deferred inner) {}

    /** {@code outer} took {@code value} from {@code inner}, which now holds None. */
    default void resultTaken(Deferred outer, Deferred inner, Value value, boolean immediately) {}

    /** A pass over {@code deferred}'s chain ended; see {@link Deferred#result()} and {@link Deferred#isUnhandled()}. */
    default void settled(Deferred deferred) {}
}
