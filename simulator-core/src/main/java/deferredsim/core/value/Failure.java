package deferredsim.core.value;

import java.util.Objects;

/**
 * Twisted's {@code Failure}: an exception travelling down the errback side.
 *
 * <p>Rendered as the exception's canonical form followed by {@code *}: {@code bad*} for {@code
 * Exception("bad")}, {@code CancelledError*}, {@code FirstError(two*, 1)*}.
 */
public record Failure(ErrorValue error) implements Value {
    public Failure {
        Objects.requireNonNull(error, "error");
    }

    /** {@code Failure(Exception(message))}: what a {@code fail V} stage or {@code errback V} makes. */
    public static Failure raised(String message) {
        return new Failure(new ErrorValue.Raised(message));
    }

    /** {@code Failure(CancelledError())}: what {@code cancel()} errbacks with. */
    public static Failure cancelled() {
        return CANCELLED;
    }

    /** {@code Failure(FirstError(sub, index))}: a DeferredList's first failing member. */
    public static Failure firstError(Failure sub, int index) {
        return new Failure(new ErrorValue.FirstError(sub, index));
    }

    /** {@code Failure(AlreadyCalledError())}: a callback fired an already-fired deferred. */
    public static Failure alreadyCalled() {
        return ALREADY_CALLED;
    }

    private static final Failure ALREADY_CALLED = new Failure(ErrorValue.AlreadyCalled.INSTANCE);
    private static final Failure CANCELLED = new Failure(ErrorValue.Cancelled.INSTANCE);

    @Override
    public boolean isFailure() {
        return true;
    }

    @Override
    public String render() {
        return Rendering.of(this);
    }
}
