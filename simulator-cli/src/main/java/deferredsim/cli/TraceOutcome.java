package deferredsim.cli;

import deferredsim.core.io.InputException;
import deferredsim.core.load.Scenarios;
import deferredsim.core.recording.RunLimitException;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.trace.TraceWriter;
import java.io.InputStream;
import java.util.List;

/**
 * What tracing one input gave: its trace lines, a rejection (the input is not a valid scenario:
 * exit status 2) or a failure (the simulator could not finish it: exit status 1). Nothing thrown
 * while reading or simulating escapes {@link #of}; stack overflow and memory exhaustion included.
 */
sealed interface TraceOutcome {
    /** The exit status for this outcome alone. */
    int status();

    /** The trace lines to print: the whole trace, what happened before a failure, or none. */
    default List<String> printed() {
        return switch (this) {
            case Traced traced -> traced.lines();
            case Failed failed -> failed.partial();
            case Rejected rejected -> List.of();
        };
    }

    /** The canonical trace lines, without line ends. */
    record Traced(List<String> lines) implements TraceOutcome {
        public Traced {
            lines = List.copyOf(lines);
        }

        @Override
        public int status() {
            return CommandLine.OK;
        }
    }

    /** An input that is not a valid scenario; {@code message} names the place. */
    record Rejected(String message) implements TraceOutcome {
        @Override
        public int status() {
            return CommandLine.USAGE;
        }
    }

    /**
     * A valid input the simulator could not finish; {@code message} says why, and {@code partial}
     * holds the trace lines of what happened before it stopped (empty when nothing is known).
     */
    record Failed(String message, List<String> partial) implements TraceOutcome {
        public Failed {
            partial = List.copyOf(partial);
        }

        Failed(String message) {
            this(message, List.of());
        }

        @Override
        public int status() {
            return CommandLine.FAILED;
        }
    }

    /** Turns a scenario's text into its trace lines. */
    @FunctionalInterface
    interface Tracer {
        /**
         * The trace of the scenario {@code text}.
         *
         * @throws ScenarioException when it is not a valid scenario
         */
        List<String> trace(String text) throws ScenarioException;
    }

    /**
     * The simulator's tracer: a deferred or a reactor scenario, told apart by its {@code format},
     * simulated and written as its canonical trace; a recording of a program ({@code deferred-sim
     * record}) is not run but read: it holds its events.
     */
    Tracer SIMULATOR = text -> TraceWriter.lines(Scenarios.parse(text).recording());

    /**
     * Reads {@code input} and traces it with {@code tracer}, catching everything that can go wrong
     * on the way: an unreadable or invalid input is {@link Rejected}; any exception or error while
     * tracing (a stack overflow, memory exhausted, a bug) is {@link Failed}.
     */
    static TraceOutcome of(ScenarioInput input, InputStream stdin, Tracer tracer) {
        try {
            return new Traced(tracer.trace(input.read(stdin)));
        } catch (InputException unreadable) {
            return new Rejected(unreadable.getMessage());
        } catch (ScenarioException invalid) {
            return new Rejected(input.name() + ":" + invalid.getMessage());
        } catch (RunLimitException stopped) {
            return new Failed(input.name() + ": " + stopped.getMessage(), TraceWriter.lines(stopped.partial()));
        } catch (StackOverflowError tooDeep) {
            return new Failed(input.name() + ": the scenario nests deeper than this Java stack allows; run Java with a"
                    + " bigger stack (-Xss64m)");
        } catch (OutOfMemoryError tooBig) {
            return new Failed(input.name() + ": the simulation ran out of memory; give Java more (-Xmx2g)");
        } catch (RuntimeException | Error broken) {
            return new Failed(
                    input.name() + ": internal error (" + broken.getClass().getSimpleName()
                            + (broken.getMessage() == null ? "" : ": " + broken.getMessage())
                            + "); this is a bug in deferred-sim, please report it with the file");
        }
    }
}
