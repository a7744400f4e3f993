package deferredsim.core.reactor.script;

import java.util.List;
import java.util.Objects;

/**
 * A place in a {@link Program} that the {@link Interpreter} runs: a statement of {@code main} or
 * of a function, or a step of the code the program's helpers stand for (a countdown's {@code
 * count}, a tally reaching its target). The program written as Python ({@code
 * deferredsim.core.code.ReactorPython}) has one line for each place.
 */
public sealed interface Place {
    /** Statement {@code index} (from 0) of {@code main}. */
    record InMain(int index) implements Place {}

    /** Statement {@code index} (from 0) of function {@code function}. */
    record InFunction(String function, int index) implements Place {
        public InFunction {
            Objects.requireNonNull(function, "function");
        }
    }

    /** A step of countdown {@code countdown}'s {@code count}. */
    record InCountdown(String countdown, CountdownStep step) implements Place {
        public InCountdown {
            Objects.requireNonNull(countdown, "countdown");
            Objects.requireNonNull(step, "step");
        }
    }

    /** Tally {@code tally} calling its {@code then}, having reached its target. */
    record InTally(String tally) implements Place {
        public InTally {
            Objects.requireNonNull(tally, "tally");
        }
    }

    /** What a countdown's {@code count} is doing. */
    enum CountdownStep {
        /** At 0: calling {@code then}. */
        THEN,
        /** Printing {@code "N ..."}. */
        PRINT,
        /** Scheduling its next {@code count} with {@code callLater}. */
        RESCHEDULE
    }

    /**
     * Where the program's thread is at one moment of a run, as {@link Interpreter#spot()} sees it.
     *
     * @param place the innermost place running (a statement of the program or a helper's step);
     *     while the reactor runs with no callback of the program on the stack, the {@code
     *     reactor.run} statement; null when none (the program has ended)
     * @param inner the frames of the process's call stack above {@code place}'s: the calls it made
     *     that are not the program's own statements ({@code get_poetry}, {@code
     *     PoetryProtocol.dataReceived}, {@code runUntilCurrent}), outermost first
     * @param raised where the last exception was raised, while no statement has started since; or
     *     null
     */
    record Spot(Place place, List<String> inner, Place raised) {
        public Spot {
            inner = List.copyOf(inner);
        }
    }
}
