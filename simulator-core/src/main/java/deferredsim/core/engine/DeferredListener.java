package deferredsim.core.engine;

import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.FireCause;
import deferredsim.core.value.Value;

/**
 * Hears the moments of a deferred's life that the views show but that no stage reports: waiting
 * on an inner deferred, taking its result, the end of a pass over the chain, and Twisted's own
 * steps (a cancel arriving, a swallowed late fire, a list recording a member, a fire Twisted makes
 * itself, a generator stopping at a yield).
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

    /** {@code cancel()} reached {@code deferred}; Twisted does {@code effect}, passing it on to {@code goesOnTo} (or null). */
    default void cancelArrived(Deferred deferred, CancelEffect effect, Deferred goesOnTo) {}

    /** A late fire of {@code deferred} was swallowed (a cancel without canceller had fired it). */
    default void fireSwallowed(Deferred deferred) {}

    /** Twisted is about to fire {@code deferred} with {@code value} itself, for {@code cause}. */
    default void internalFire(Deferred deferred, Value value, FireCause cause) {}

    /** {@code list} recorded member {@code index}'s result; {@code consumed} when consumeErrors swallows it. */
    default void listRecorded(DeferredList list, int index, Value result, boolean consumed) {}

    /** Twisted made {@code internal} for its own use on behalf of the deferred named {@code owner}. */
    default void internalCreated(Deferred internal, String owner) {}

    /** The generator of {@code generatorName} stopped at step {@code step} (-1 if unknown) to wait for {@code awaited}. */
    default void generatorSuspended(String generatorName, int step, Deferred awaited) {}
}
