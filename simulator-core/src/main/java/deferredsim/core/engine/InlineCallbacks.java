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
 *
 * <p>Each activation of Twisted's {@code _inlineCallbacks} runs as a frame ({@code Frames}), and so
 * do the internal callbacks that resume and cancel it, so generators waiting on generators nested
 * any depth finish and cancel in constant Java stack.
 */
public final class InlineCallbacks {
    private final Generator generator;
    private final String name;
    private final DeferredListener listener;
    private final NestedCanceller canceller = new NestedCanceller() {
        @Override
        public Frames.Frame frame(Deferred it) {
            return InlineCallbacks.this.cancel(it);
        }

        @Override
        public CancelEffect effect() {
            return CancelEffect.GENERATOR;
        }
    };
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
        return (Deferred) Frames.run(startFrame(name, generator, listener));
    }

    /** {@link #start} as a frame that returns the generator's deferred. */
    static Frames.Frame startFrame(String name, Generator generator, DeferredListener listener) {
        InlineCallbacks run = new InlineCallbacks(name, generator, listener);
        return new Frames.Frame() {
            private Deferred result;

            @Override
            void step(Frames frames) {
                if (result != null) {
                    frames.result();
                    frames.ret(result);
                    return;
                }
                result = new Deferred(name, run.canceller, listener);
                run.deferred = result;
                frames.call(run.new Drive(Value.NONE));
            }
        };
    }

    /**
     * Twisted's {@code _inlineCallbacks}: one activation, looping while yields are already fired.
     * The generator's steps may create the yielded deferred as a frame; the final fire and the
     * {@code addBoth} on a yielded deferred call their runs as frames.
     */
    private final class Drive extends Frames.Frame {
        private static final int SEND = 0;
        private static final int YIELDED = 1;
        private static final int ADDED = 2;
        private static final int FINISHED = 3;

        private final Waiting waiting = new Waiting();
        private Value result;
        private Deferred yielded;
        private int at = SEND;

        Drive(Value sent) {
            this.result = sent;
        }

        @Override
        void step(Frames frames) {
            switch (at) {
                case SEND -> {
                    Generator.Step step =
                            result.isFailure() ? generator.throwInto((Failure) result) : generator.send(result);
                    if (step instanceof Generator.Step.Finished finished) {
                        at = FINISHED;
                        listener.internalFire(
                                deferred,
                                finished.outcome,
                                finished.outcome.isFailure()
                                        ? FireCause.GENERATOR_RAISED
                                        : FireCause.GENERATOR_RETURNED);
                        deferred.fire(finished.outcome, frames);
                    } else if (step instanceof Generator.Step.Yielding yielding) {
                        at = YIELDED;
                        frames.call(yielding.creating);
                    } else {
                        addBoth(((Generator.Step.Yielded) step).deferred, frames);
                    }
                }
                case YIELDED -> addBoth((Deferred) frames.result(), frames);
                case ADDED -> {
                    frames.result();
                    if (waiting.pending) {
                        waiting.pending = false;
                        waitingOn = yielded;
                        listener.generatorSuspended(name, generator.position(), yielded);
                        frames.ret(null);
                        return;
                    }
                    result = waiting.result;
                    waiting.pending = true;
                    waiting.result = null;
                    at = SEND;
                }
                default -> {
                    frames.result();
                    frames.ret(null);
                }
            }
        }

        private void addBoth(Deferred it, Frames frames) {
            yielded = it;
            at = ADDED;
            NestedCallback gotResult = gotResult(waiting);
            it.addCallbacks(gotResult, gotResult, frames);
        }
    }

    /** The {@code gotResult} callback of one activation: a result for it, or a new activation. */
    private NestedCallback gotResult(Waiting waiting) {
        return in -> new Frames.Frame() {
            private boolean driving;

            @Override
            void step(Frames frames) {
                if (driving) {
                    frames.result();
                    frames.ret(Value.NONE);
                } else if (waiting.pending) {
                    waiting.pending = false;
                    waiting.result = in;
                    frames.ret(Value.NONE);
                } else {
                    driving = true;
                    frames.call(new Drive(in));
                }
            }
        };
    }

    /** The canceller of the generator's deferred ({@code _cancellableInlineCallbacks.cancel}). */
    private Frames.Frame cancel(Deferred it) {
        return new Frames.Frame() {
            private boolean fired;

            @Override
            void step(Frames frames) {
                if (fired) {
                    frames.result();
                    frames.ret(null);
                    return;
                }
                fired = true;
                it.prependPair(Callback.PASSTHRU, handleCancel());
                Failure internal = new Failure(ErrorValue.InlineCancelled.INSTANCE);
                listener.internalFire(it, internal, FireCause.GENERATOR_CANCELLED);
                it.fire(internal, frames);
            }
        };
    }

    /** Swaps in a fresh deferred for the generator to finish through, and cancels what it awaits. */
    private NestedCallback handleCancel() {
        return failure -> new Frames.Frame() {
            private boolean cancelling;

            @Override
            void step(Frames frames) {
                if (cancelling) {
                    frames.result();
                    frames.ret(deferred);
                    return;
                }
                if (!(failure instanceof Failure f) || f.error() != ErrorValue.InlineCancelled.INSTANCE) {
                    frames.ret(failure);
                    return;
                }
                restarts++;
                deferred = new Deferred(internalName(name, restarts), canceller, listener);
                listener.internalCreated(deferred, name);
                cancelling = true;
                frames.call(waitingOn.cancelFrame());
            }
        };
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
