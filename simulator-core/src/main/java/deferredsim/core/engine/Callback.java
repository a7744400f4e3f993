package deferredsim.core.engine;

import deferredsim.core.value.Value;

/**
 * A callback or errback: called with the deferred's current result, it returns the new one.
 *
 * <p>The return value is either a {@link Value} (a {@link deferredsim.core.value.Failure} for a
 * raised exception, as Twisted turns one into a Failure) or a {@link Deferred}, which the calling
 * deferred then waits on. Any other type is a programming error.
 */
@FunctionalInterface
public interface Callback {
    /** Twisted's {@code passthru}: returns its argument. */
    Callback PASSTHRU = result -> result;

    /** Returns the new result: a {@link Value}, or a {@link Deferred} to chain on. */
    Object call(Value result);
}
