package deferredsim.core.engine;

import deferredsim.core.recording.CancelEffect;
import deferredsim.core.recording.FireCause;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Twisted's {@code Deferred}, with the same rules to the letter (Twisted 22.4's {@code defer.py}).
 *
 * <p>A deferred holds an ordered chain of callback/errback pairs. {@link #callback(Value)} or
 * {@link #errback(Failure)} gives it a result once; from then on each pair runs in order, the
 * callback when the current result is a success and the errback when it is a {@link Failure}, and
 * each one's return value becomes the current result. A pair added after the result arrived runs
 * at once. A callback that returns another deferred makes this one wait: it pauses, and resumes
 * with the inner deferred's result when that fires (the inner one is left holding None).
 * {@link #pause()}/{@link #unpause()} keep a counter; nothing runs while it is above zero.
 * {@link #cancel()} follows Twisted's cancellation rules, including the swallowed late fire.
 *
 * <p>Chains run in a loop with an explicit stack of deferreds, never by recursion, so chains of
 * any length and any depth of chained deferreds run in constant Java stack. The engine's own
 * callbacks that nest further work (a stage that creates and fires a deferred, a list member
 * firing its list, a generator resumed by what it yielded) and cancellation run as frames on an
 * explicit stack too ({@code Frames}), so nesting of any depth needs no deep Java stack.
 *
 * <p>Get one with {@link #create(String)}, {@link #create(String, Canceller)}, {@link
 * #create(String, Canceller, DeferredListener)}, {@link
 * #succeed(String, Value)} or {@link #fail(String, Failure)}; scenarios get theirs from {@code
 * Simulation}. Not thread-safe: like Twisted, everything runs on one thread.
 */
public class Deferred {
    /* Overview: fields mirror defer.py. `result` is null until fired (Twisted's _NO_RESULT) and
     * while the deferred waits on another one, which is then held in `awaiting` (Twisted keeps
     * that Deferred in `result` itself). `unhandled` is Twisted's _debugInfo.failResult flag. */

    private final String name;
    private final ArrayDeque<Link> callbacks = new ArrayDeque<>();
    private Canceller canceller;
    final DeferredListener listener;
    private Value result;
    private Deferred awaiting;
    private boolean called;
    private int paused;
    private boolean runningCallbacks;
    private boolean suppressAlreadyCalled;
    private boolean unhandled;
    private int stagesAdded;

    Deferred(String name, Canceller canceller, DeferredListener listener) {
        this.name = Objects.requireNonNull(name, "name");
        this.canceller = canceller;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** An unfired deferred with no canceller. */
    public static Deferred create(String name) {
        return new Deferred(name, null, DeferredListener.NONE);
    }

    /** An unfired deferred whose {@link #cancel()} calls {@code canceller} first. */
    public static Deferred create(String name, Canceller canceller) {
        return new Deferred(name, Objects.requireNonNull(canceller, "canceller"), DeferredListener.NONE);
    }

    /**
     * An unfired deferred that tells {@code listener} when it waits on an inner deferred, takes its
     * result, and ends a pass over its chain: what a simulation needs to record those moments.
     *
     * @param canceller called first by {@link #cancel()}, or null for none
     */
    public static Deferred create(String name, Canceller canceller, DeferredListener listener) {
        return new Deferred(name, canceller, Objects.requireNonNull(listener, "listener"));
    }

    /** Twisted's {@code succeed(value)}: a deferred already fired with {@code value}. */
    public static Deferred succeed(String name, Value value) {
        Deferred d = create(name);
        d.callback(value);
        return d;
    }

    /** Twisted's {@code fail(failure)}: a deferred already fired with {@code failure}. */
    public static Deferred fail(String name, Failure failure) {
        Deferred d = create(name);
        d.errback(failure);
        return d;
    }

    /** The name used in recordings and traces. */
    public final String name() {
        return name;
    }

    /**
     * Adds a callback/errback pair at the end of the chain ({@code addCallbacks}). If the deferred
     * has its result and is not paused, the pair runs before this method returns.
     *
     * @return this deferred
     */
    public final Deferred addCallbacks(Callback callback, Callback errback) {
        callbacks.addLast(new Link.Pair(Objects.requireNonNull(callback), Objects.requireNonNull(errback)));
        if (called) {
            runCallbacks();
        }
        return this;
    }

    /** {@link #addCallbacks(Callback, Callback)} inside a frame: a run it starts is called as a frame. */
    final void addCallbacks(Callback callback, Callback errback, Frames frames) {
        callbacks.addLast(new Link.Pair(callback, errback));
        if (called) {
            runCallbacks(frames);
        }
    }

    /** {@code addCallbacks(callback, passthru)}. */
    public final Deferred addCallback(Callback callback) {
        return addCallbacks(callback, Callback.PASSTHRU);
    }

    /** {@code addCallbacks(passthru, errback)}. */
    public final Deferred addErrback(Callback errback) {
        return addCallbacks(Callback.PASSTHRU, errback);
    }

    /** {@code addCallbacks(both, both)}: runs whichever way the chain is going. */
    public final Deferred addBoth(Callback both) {
        return addCallbacks(both, both);
    }

    /**
     * Fires the deferred with a success ({@code value}) or, for a {@link Failure}, as {@link
     * #errback(Failure)} would, and runs the chain as far as it can go.
     *
     * @throws AlreadyCalledError if it was fired before, unless a cancel without canceller
     *     arranged to swallow this one late fire (then nothing happens)
     */
    public final void callback(Value value) {
        startRunCallbacks(Objects.requireNonNull(value, "value"), null);
    }

    /**
     * Fires the deferred with {@code failure}; the errback side runs next.
     *
     * @throws AlreadyCalledError as for {@link #callback(Value)}
     */
    public final void errback(Failure failure) {
        startRunCallbacks(Objects.requireNonNull(failure, "failure"), null);
    }

    /**
     * {@link #callback(Value)}, or {@link #errback(Failure)} for a failure, inside a frame: the run
     * is called as a frame.
     *
     * @throws AlreadyCalledError as {@link #callback(Value)} does
     */
    final void fire(Value value, Frames frames) {
        startRunCallbacks(value, frames);
    }

    /** Adds one to the pause counter: no stage runs until it is back to zero. */
    public final void pause() {
        paused++;
    }

    /**
     * Takes one from the pause counter; when it reaches zero and the deferred has its result, the
     * chain runs on.
     */
    public final void unpause() {
        paused--;
        if (paused != 0) {
            return;
        }
        if (called) {
            runCallbacks();
        }
    }

    /**
     * Cancels the deferred, as Twisted does. Unfired: the canceller runs (if any); if the deferred
     * is still unfired it errbacks with CancelledError, and without a canceller the next late fire
     * is swallowed. Fired but waiting on an inner deferred: the inner one is cancelled instead (and
     * so on inwards). Otherwise nothing happens.
     */
    public final void cancel() {
        Frames.run(cancelFrame());
    }

    /** {@link #cancel()} as a frame: cancels this deferred, then the one it waits on, and so on inwards. */
    final Frames.Frame cancelFrame() {
        return new Cancel(this);
    }

    /**
     * A frame that cancels this deferred itself and returns the deferred the cancellation must go
     * on to (the one this deferred waits on), or null. Subclasses with their own cancel rules
     * override it.
     */
    Frames.Frame cancelOneLevel() {
        return new CancelOneLevel(this);
    }

    /** True once {@code callback} or {@code errback} has been called. */
    public final boolean isCalled() {
        return called;
    }

    /** The pause counter: user pauses plus one while waiting on an inner deferred. */
    public final int pauseCount() {
        return paused;
    }

    /** The current result, or null when unfired or waiting on another deferred. */
    public final Value result() {
        return result;
    }

    /** The inner deferred this one waits on, or null. */
    public final Deferred awaiting() {
        return awaiting;
    }

    /**
     * Twisted's unhandled-error flag: true when the chain's last pass ended on a Failure that no
     * one has taken since; Twisted would log "Unhandled error in Deferred" when collected.
     */
    public final boolean isUnhandled() {
        return unhandled;
    }

    /** True when fired but stopped: paused by {@link #pause()} or waiting on an inner deferred. */
    public final boolean isWaiting() {
        return called && (paused != 0 || awaiting != null);
    }

    /** Returns the number the next stage of the learner's gets (0, 1, ...) and counts it. */
    final int nextStageNumber() {
        return stagesAdded++;
    }

    /** Replaces the chain's pending pairs with {@code first} followed by them (inlineCallbacks' cancel). */
    final void prependPair(Callback callback, Callback errback) {
        callbacks.addFirst(new Link.Pair(callback, errback));
    }

    /** Twisted's {@code _startRunCallbacks}; with {@code frames}, the run is called as a frame. */
    private void startRunCallbacks(Value value, Frames frames) {
        if (called) {
            if (suppressAlreadyCalled) {
                suppressAlreadyCalled = false;
                listener.fireSwallowed(this);
                return;
            }
            throw new AlreadyCalledError(name);
        }
        called = true;
        result = value;
        if (frames == null) {
            runCallbacks();
        } else {
            runCallbacks(frames);
        }
    }

    private void runCallbacks() {
        if (!runningCallbacks) {
            Frames.run(new Run(this));
        }
    }

    private void runCallbacks(Frames frames) {
        if (!runningCallbacks) {
            frames.call(new Run(this));
        }
    }

    /** Calls one plain member of a pair on the current result and returns what it returns. */
    private Object callStage(Callback member) {
        runningCallbacks = true;
        try {
            return member.call(result);
        } catch (AlreadyCalledError raised) {
            // As in Twisted, an exception raised by a callback becomes the chain's failure.
            return Failure.alreadyCalled();
        } finally {
            runningCallbacks = false;
        }
    }

    /** Hands this deferred's result to {@code chainee}, which waited on it (Twisted's {@code _CONTINUE}). */
    private void handOn(Deferred chainee) {
        Value handed = result;
        chainee.result = handed;
        chainee.awaiting = null;
        result = Value.NONE;
        unhandled = false;
        chainee.paused--;
        chainee.listener.resultTaken(chainee, this, handed, false);
    }

    /** Ends a pass over this deferred's chain: the unhandled-error flag, the listener, off the chain. */
    private void settle(List<Deferred> chain) {
        unhandled = result != null && result.isFailure();
        listener.settled(this);
        chain.remove(chain.size() - 1);
    }

    /**
     * Takes what a stage returned as the new result; returns true when it is a deferred without a
     * result yet, which this deferred must now wait on.
     */
    private boolean take(Object returned) {
        if (returned instanceof Value) {
            result = (Value) returned;
            return false;
        }
        Deferred inner = (Deferred) returned;
        if (inner.result == null || inner.paused != 0) {
            pause();
            result = null;
            awaiting = inner;
            inner.callbacks.addLast(new Link.Continuation(this));
            listener.waitingOn(this, inner);
            return true;
        }
        Value taken = inner.result;
        inner.result = Value.NONE;
        inner.unhandled = false;
        result = taken;
        listener.resultTaken(this, inner, taken, true);
        return false;
    }

    @Override
    public String toString() {
        String state = !called ? "pending" : isWaiting() ? "waiting" : "fired " + result.render();
        return "<Deferred " + name + " " + state + ">";
    }

    /*
     * Twisted's _runCallbacks, step for step. `chain` is the stack of deferreds handing results up
     * to the ones waiting on them; a deferred is pushed when its continuation is reached in the
     * chain of the one it waits on. A nested member runs as a frame called from here; the pass
     * goes on with what it returned when the frame returns.
     */
    private static final class Run extends Frames.Frame {
        private final List<Deferred> chain = new ArrayList<>();
        private Deferred stageOf;

        Run(Deferred first) {
            chain.add(first);
        }

        @Override
        void step(Frames frames) {
            boolean inPass = false;
            if (stageOf != null) {
                Deferred current = stageOf;
                stageOf = null;
                current.runningCallbacks = false;
                Object returned;
                try {
                    returned = frames.result();
                } catch (AlreadyCalledError raised) {
                    returned = Failure.alreadyCalled();
                }
                if (current.take(returned)) {
                    current.settle(chain);
                } else {
                    inPass = true;
                }
            }
            while (!chain.isEmpty()) {
                Deferred current = chain.get(chain.size() - 1);
                if (!inPass && current.paused != 0) {
                    frames.ret(null);
                    return;
                }
                inPass = false;
                boolean finished = true;
                while (!current.callbacks.isEmpty()) {
                    Link item = current.callbacks.pollFirst();
                    if (item instanceof Link.Continuation continuation) {
                        current.handOn(continuation.chainee);
                        chain.add(continuation.chainee);
                        finished = false;
                        break;
                    }
                    Link.Pair pair = (Link.Pair) item;
                    Callback member = current.result.isFailure() ? pair.errback : pair.callback;
                    if (member instanceof NestedCallback nested) {
                        current.runningCallbacks = true;
                        stageOf = current;
                        frames.call(nested.frame(current.result));
                        return;
                    }
                    if (current.take(current.callStage(member))) {
                        break;
                    }
                }
                if (finished) {
                    current.settle(chain);
                }
            }
            frames.ret(null);
        }
    }

    /** {@code cancel()}: cancels one level after another, inwards through the deferreds waited on. */
    private static final class Cancel extends Frames.Frame {
        private Deferred target;
        private boolean cancelling;

        Cancel(Deferred first) {
            target = first;
        }

        @Override
        void step(Frames frames) {
            if (cancelling) {
                cancelling = false;
                target = (Deferred) frames.result();
            }
            if (target == null) {
                frames.ret(null);
                return;
            }
            cancelling = true;
            frames.call(target.cancelOneLevel());
        }
    }

    /**
     * Twisted's {@code Deferred.cancel} for one deferred. Unfired: the canceller runs (or a late
     * fire is to be swallowed); if still unfired, it errbacks with CancelledError. Fired: returns
     * the deferred it waits on, if any.
     */
    private static final class CancelOneLevel extends Frames.Frame {
        private final Deferred deferred;
        private int step;

        CancelOneLevel(Deferred deferred) {
            this.deferred = deferred;
        }

        @Override
        void step(Frames frames) {
            frames.result();
            switch (step++) {
                case 0 -> {
                    if (deferred.called) {
                        deferred.listener.cancelArrived(
                                deferred,
                                deferred.awaiting != null ? CancelEffect.FORWARDED : CancelEffect.NO_EFFECT,
                                deferred.awaiting);
                        frames.ret(deferred.awaiting);
                        return;
                    }
                    deferred.listener.cancelArrived(
                            deferred,
                            deferred.canceller != null ? deferred.canceller.effect() : CancelEffect.NO_CANCELLER,
                            null);
                    if (deferred.canceller instanceof NestedCanceller nested) {
                        frames.call(nested.frame(deferred));
                    } else if (deferred.canceller != null) {
                        deferred.canceller.cancel(deferred);
                    } else {
                        deferred.suppressAlreadyCalled = true;
                    }
                }
                case 1 -> {
                    if (!deferred.called) {
                        deferred.listener.internalFire(deferred, Failure.cancelled(), FireCause.CANCELLED);
                        deferred.startRunCallbacks(Failure.cancelled(), frames);
                    }
                }
                default -> frames.ret(null);
            }
        }
    }

    /** An entry of the chain: a user pair, or the continuation of a deferred waiting on this one. */
    private interface Link {
        final class Pair implements Link {
            final Callback callback;
            final Callback errback;

            Pair(Callback callback, Callback errback) {
                this.callback = callback;
                this.errback = errback;
            }
        }

        final class Continuation implements Link {
            final Deferred chainee;

            Continuation(Deferred chainee) {
                this.chainee = chainee;
            }
        }
    }
}
