package deferredsim.cli.repl;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
        Thread worker = new Thread(null, () -> attempt.carryOut(work, copy), "deferred-sim command", STACK_BYTES);
        worker.setDaemon(true);
        current = attempt;
        try {
            worker.start();
            attempt.awaitEndOrStop();
            if (!attempt.isFinished()) {
                worker.interrupt();
                attempt.awaitEnd(grace);
            }
            Outcome outcome = attempt.outcome(copy);
            if (!attempt.stopRequested() || outcome instanceof Outcome.Done || outcome instanceof Outcome.Rejected) {
                return outcome; // it ended by itself (or had finished anyway when the stop came)
            }
            return new Outcome.Stopped(!attempt.isFinished());
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

    /**
     * One command's run. The worker records how it ended in fields and counts latches down, and
     * allocates nothing on the way: after an {@link OutOfMemoryError} there may be no memory for
     * anything else, and the session must still learn that the command ended.
     */
    private static final class Attempt {
        final Gate gate = new Gate();
        private final CountDownLatch finished = new CountDownLatch(1);
        private final CountDownLatch wake = new CountDownLatch(1);
        private volatile Throwable thrown;
        private volatile boolean stopRequested;

        void carryOut(Work work, ReplContext copy) {
            try {
                work.run(copy);
            } catch (Throwable failure) {
                thrown = failure;
            } finally {
                finished.countDown();
                wake.countDown();
            }
        }

        void requestStop() {
            gate.close();
            stopRequested = true;
            wake.countDown();
        }

        boolean stopRequested() {
            return stopRequested;
        }

        boolean isFinished() {
            return finished.getCount() == 0;
        }

        void awaitEndOrStop() {
            awaitUninterruptibly(wake);
        }

        void awaitEnd(Duration grace) {
            try {
                finished.await(grace.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** How the command ended (once it has), made on the session's thread. */
        Outcome outcome(ReplContext copy) {
            if (!isFinished()) {
                return new Outcome.Stopped(true);
            }
            Throwable failure = thrown;
            return switch (failure) {
                case null -> new Outcome.Done(copy);
                case InputError rejected -> new Outcome.Rejected(rejected);
                case CommandStopped stopped -> new Outcome.Stopped(false);
                default -> new Outcome.Failed(failure);
            };
        }

        private static void awaitUninterruptibly(CountDownLatch latch) {
            boolean interrupted = false;
            while (true) {
                try {
                    latch.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
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
        private static final long serialVersionUID = 1L;

        CommandStopped() {
            super("the command was stopped", null, false, false);
        }
    }
}
