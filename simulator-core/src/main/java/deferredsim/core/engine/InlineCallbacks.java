package deferredsim.core.engine;

import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.FireCause;
import deferredsim.core.value.ErrorValue;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;

/**
 * Twisted's {@code inlineCallbacks} driver (22.4, with cancellation since 18.7).
 *
 * <p>{@link #start} runs the generator at once, up to its first yield of an unfired deferred, and
 * returns the deferred that fires with the generator's return value (or errbacks with what it
 * raises). A yielded deferred's result is taken with an internal {@code addBoth}, which leaves that
 * deferred holding None; a failure is raised at the yield. Yields of deferreds that already have a
 * result are unrolled in a loop, not by recursion. Cancelling the returned deferred while the
 * generator waits cancels the awaited deferred, so CancelledError is raised at the yield; if the
 * generator catches it and returns, the returned deferred succeeds with that value.
 */
public final class InlineCallbacks {
    private final Generator generator;
    private final String name;
    private final DeferredListener listener;
    private Deferred deferred;
    private Deferred waitingOn;
    private int restarts;

    private InlineCallbacks(String name, Generator generator, DeferredListener listener) {
        this.name = name;
        this.generator = generator;
        this.listener = listener;
    }

    /** Starts {@code generator} and returns its deferred, as calling an inlineCallbacks function does. */
    public static Deferred start(String name, Generator generator) {
        return start(name, generator, DeferredListener.NONE);
    }

    static Deferred start(String name, Generator generator, DeferredListener listener) {
        InlineCallbacks run = new InlineCallbacks(name, generator, listener);
        Deferred result = new Deferred(name, run.canceller(), listener);
        run.deferred = result;
        run.drive(Value.NONE);
        return result;
    }

    /** Twisted's {@code _inlineCallbacks}: one activation, looping while yields are already fired. */
    private void drive(Value sent) {
        Waiting waiting = new Waiting();
        Value result = sent;
        while (true) {
            Generator.Step step = result.isFailure() ? generator.throwInto((Failure) result) : generator.send(result);
            if (step instanceof Generator.Step.Finished finished) {
                Value outcome = finished.outcome;
                if (outcome.isFailure()) {
                    listener.internalFire(deferred, outcome, FireCause.GENERATOR_RAISED);
                    deferred.errback((Failure) outcome);
                } else {
                    listener.internalFire(deferred, outcome, FireCause.GENERATOR_RETURNED);
                    deferred.callback(outcome);
                }
                return;
            }
            Deferred yielded = ((Generator.Step.Yielded) step).deferred;
            yielded.addBoth(r -> {
                if (waiting.pending) {
                    waiting.pending = false;
                    waiting.result = r;
                } else {
                    drive(r);
                }
                return Value.NONE;
            });
            if (waiting.pending) {
                waiting.pending = false;
                waitingOn = yielded;
                listener.generatorSuspended(name, generator.position(), yielded);
                return;
            }
            result = waiting.result;
            waiting.pending = true;
            waiting.result = null;
        }
    }

    /** The canceller of the generator's deferred, as recordings report it: it cancels what the generator awaits. */
    private Canceller canceller() {
        return new Canceller() {
            @Override
            public void cancel(Deferred deferred) {
                InlineCallbacks.this.cancel(deferred);
            }

            @Override
            public CancelEffect effect() {
                return CancelEffect.GENERATOR;
            }
        };
    }

    /** The canceller of the generator's deferred ({@code _cancellableInlineCallbacks.cancel}). */
    private void cancel(Deferred it) {
        it.prependPair(Callback.PASSTHRU, this::handleCancel);
        Failure internal = new Failure(ErrorValue.InlineCancelled.INSTANCE);
        listener.internalFire(it, internal, FireCause.GENERATOR_CANCELLED);
        it.errback(internal);
    }

    /** Swaps in a fresh deferred for the generator to finish through, and cancels what it awaits. */
    private Object handleCancel(Value failure) {
        if (!(failure instanceof Failure) || ((Failure) failure).error() != ErrorValue.InlineCancelled.INSTANCE) {
            return failure;
        }
        restarts++;
        deferred = new Deferred(internalName(name, restarts), canceller(), listener);
        listener.internalCreated(deferred, name);
        waitingOn.cancel();
        return deferred;
    }

    /**
     * The name of the deferred Twisted makes for a cancelled generator to finish through: {@code g's
     * internal wait} (then {@code g's internal wait 2}, …). It holds spaces, so it never collides
     * with a name of the scenario's.
     */
    public static String internalName(String generator, int restart) {
        return generator + "'s internal wait" + (restart > 1 ? " " + restart : "");
    }

    /** True when {@code name} is one {@link #internalName} makes. */
    public static boolean isInternalName(String name) {
        return name.contains("'s internal wait");
    }

    /** The {@code waiting} pair of one activation: still waiting for the yielded deferred, and its result. */
    private static final class Waiting {
        boolean pending = true;
        Value result;
    }
}
