package deferredsim.cli.repl;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the prompt's commands one at a time, each on a thread of its own with a deep stack, so
 * that nothing a command does can end the session: whatever it throws (an {@link InputError}, an
 * engine exception, a {@link StackOverflowError}, an {@link OutOfMemoryError}) comes back as an
 * {@link Outcome}, and {@link #stop()} (Ctrl-C) ends the wait for it at once.
 *
 * <p>A command works on a copy of the session ({@link ReplContext#copy}) through a {@link Gate}:
 * after a stop, its next print or key read throws {@link CommandStopped}, and its copy is thrown
 * away, so a command that ignores the stop and runs on in the background can neither print nor
 * change what the learner has. The caller adopts the copy only when the outcome is {@link
 * Outcome.Done}.
 *
 * <p>One runner serves one session; {@link #run} is called from one thread at a time, {@link
 * #stop()} from any thread (a signal handler).
 */
final class CommandRunner {
    /** The stack of a command's thread: deep enough for any nesting the limits allow. */
    static final long STACK_BYTES = 512L << 20;

    private final Duration grace;
    private volatile Attempt current;

    /**
     * A runner that, after {@link #stop()}, waits up to {@code grace} for the command to notice
     * (its next print, key read or interrupt check) before leaving it to finish in the background.
     */
    CommandRunner(Duration grace) {
        this.grace = grace;
    }

    /** What became of a command. */
    sealed interface Outcome {
        /** It ran to its end; {@code context} is the session as it left it. */
        record Done(ReplContext context) implements Outcome {}

        /** It refused what was typed; nothing changed. */
        record Rejected(InputError error) implements Outcome {}

        /** It failed with {@code failure}; nothing changed. */
        record Failed(Throwable failure) implements Outcome {}

        /** It was stopped; nothing changed. {@code stillRunning}: it is still finishing in the background. */
        record Stopped(boolean stillRunning) implements Outcome {}
    }

    /** A command's body, run on the session copy it is given. */
    @FunctionalInterface
    interface Work {
        void run(ReplContext context) throws InputError;
    }

    /**
     * Runs {@code work} on a copy of {@code session} and waits until it ends or is stopped. The
     * session itself is not touched.
     */
    Outcome run(ReplContext session, Work work) {
        Attempt attempt = new Attempt();
        ReplContext copy = session.copy(attempt.gate);
        Thread worker = new Thread(
                null,
                () -> {
                    Outcome outcome;
                    try {
                        work.run(copy);
                        outcome = new Outcome.Done(copy);
                    } catch (InputError rejected) {
                        outcome = new Outcome.Rejected(rejected);
                    } catch (CommandStopped stopped) {
                        outcome = new Outcome.Stopped(false);
                    } catch (Throwable failure) {
                        outcome = new Outcome.Failed(failure);
                    }
                    attempt.finish(outcome);
                },
                "deferred-sim command",
                STACK_BYTES);
        worker.setDaemon(true);
        current = attempt;
        try {
            worker.start();
            Outcome outcome = attempt.awaitEndOrStop();
            if (outcome != null) {
                return outcome;
            }
            worker.interrupt();
            outcome = attempt.awaitEnd(grace);
            if (outcome instanceof Outcome.Done || outcome instanceof Outcome.Rejected) {
                return outcome; // it had finished anyway
            }
            return new Outcome.Stopped(outcome == null);
        } finally {
            attempt.gate.close();
            current = null;
        }
    }

    /** Stops the command running now, if any (Ctrl-C); safe from any thread. */
    void stop() {
        Attempt attempt = current;
        if (attempt != null) {
            attempt.requestStop();
        }
    }

    /** One command's run: its gate, its outcome once it has one, and whether a stop was asked. */
    private static final class Attempt {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        final Gate gate = new Gate();
        private Outcome outcome;
        private boolean stopRequested;

        void finish(Outcome result) {
            lock.lock();
            try {
                outcome = result;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        void requestStop() {
            gate.close();
            lock.lock();
            try {
                stopRequested = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** The outcome, or null when a stop was asked first. */
        Outcome awaitEndOrStop() {
            lock.lock();
            try {
                while (outcome == null && !stopRequested) {
                    changed.awaitUninterruptibly();
                }
                return outcome;
            } finally {
                lock.unlock();
            }
        }

        /** The outcome, or null when the command is still running after {@code grace}. */
        Outcome awaitEnd(Duration grace) {
            long left = grace.toNanos();
            lock.lock();
            try {
                while (outcome == null && left > 0) {
                    try {
                        left = changed.awaitNanos(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return outcome;
                    }
                }
                return outcome;
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Whether a command may still print and read keys. Closed by a stop and when the command's
     * turn is over; then {@link #check()} throws {@link CommandStopped}.
     */
    static final class Gate {
        private volatile boolean closed;

        void close() {
            closed = true;
        }

        boolean isClosed() {
            return closed;
        }

        /**
         * Returns normally while the command may go on.
         *
         * @throws CommandStopped once the gate is closed
         */
        void check() {
            if (closed) {
                throw new CommandStopped();
            }
        }
    }

    /** Thrown into a command that was stopped, at its next print or key read. */
    static final class CommandStopped extends RuntimeException {
        CommandStopped() {
            super("the command was stopped", null, false, false);
        }
    }
}
