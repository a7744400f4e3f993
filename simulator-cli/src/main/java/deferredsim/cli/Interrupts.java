package deferredsim.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C while {@code record} runs a program: the terminal sends SIGINT to the whole foreground
 * job, the program and this JVM alike. The JVM then runs its shutdown hooks before it ends; the
 * hook installed by {@link #during} tells the recorder to stop, then holds the JVM until the
 * recording is saved ({@link Guard#close()}), or at most {@link #SAVE_TIME} seconds.
 */
final class Interrupts {
    /** The longest the JVM is held for the recording to be saved after Ctrl-C, in seconds. */
    static final int SAVE_TIME = 15;

    private Interrupts() {}

    /** What {@link #during} returns: closing it says the work is done and removes the hook. */
    interface Guard extends AutoCloseable {
        @Override
        void close();
    }

    /** Until the guard is closed, Ctrl-C (or any other way the JVM is asked to end) runs {@code stop} first. */
    static Guard during(Runnable stop) {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stop.run();
                    try {
                        done.await(SAVE_TIME, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "deferred-sim record: Ctrl-C");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException endingAlready) {
                // Ctrl-C came: the hook is running and now lets the JVM end.
            }
        };
    }
}
