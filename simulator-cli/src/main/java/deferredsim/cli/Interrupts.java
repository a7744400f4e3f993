package deferredsim.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while {@code record} runs a program: the terminal sends SIGINT to the whole foreground
 * job, the program and this JVM alike. Instead of ending the JVM (and losing the recording), the
 * handler installed by {@link #during} lets the recorder stop the program and save what it has.
 */
final class Interrupts {
    private static SignalHandler previous;

    private Interrupts() {}

    /** Until {@link #restore()}, Ctrl-C runs {@code action} instead of ending the JVM. */
    static synchronized void during(Runnable action) {
        try {
            previous = Signal.handle(new Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException noSignals) {
            previous = null; // a platform without SIGINT: Ctrl-C ends the JVM as usual
        }
    }

    /** Ctrl-C ends the JVM again, as before {@link #during}. */
    static synchronized void restore() {
        if (previous != null) {
            Signal.handle(new Signal("INT"), previous);
            previous = null;
        }
    }
}
