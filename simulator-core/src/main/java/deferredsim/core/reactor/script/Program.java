package deferredsim.core.reactor.script;

import deferredsim.core.time.Time;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario's Twisted program: {@code main} (the module's top-level statements, {@code
 * reactor.run} among them), named functions, the book's {@code Countdown} objects, tallies, and how
 * {@code get_poetry} behaves. Immutable; the scenario reader builds valid ones.
 */
public record Program(
        List<Statement> main,
        Map<String, List<Statement>> functions,
        List<Countdown> countdowns,
        List<Tally> tallies,
        GetPoetryOptions getPoetry) {
    public Program {
        main = List.copyOf(main);
        Map<String, List<Statement>> copy = new LinkedHashMap<>();
        functions.forEach((name, body) -> copy.put(name, List.copyOf(body)));
        functions = java.util.Collections.unmodifiableMap(copy);
        countdowns = List.copyOf(countdowns);
        tallies = List.copyOf(tallies);
        Objects.requireNonNull(getPoetry, "getPoetry");
    }

    /**
     * Part 3's {@code Countdown}: {@code NAME.count} prints {@code "N ..."} and counts down; at 0 it
     * calls {@code then} instead. With an {@code interval}, {@code count} schedules itself again
     * with {@code callLater} (countdown.py); without one, a LoopingCall drives it.
     */
    public record Countdown(String name, int from, Time interval, Ref then) {
        public Countdown {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(then, "then");
        }
    }

    /** A counter: each {@code tally NAME} adds one; reaching {@code target} calls {@code then}. */
    public record Tally(String name, int target, Ref then) {
        public Tally {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(then, "then");
        }
    }

    /**
     * How {@code get_poetry} behaves: client 4.0's factory with or without the {@code guard}, an
     * optional {@code timeout} (null for none), and the most bytes one read takes.
     */
    public record GetPoetryOptions(Time timeout, boolean guard, int readSize) {
        /** Client 4.0 as the book has it: guarded, no timeout, Twisted's read size. */
        public static final GetPoetryOptions BOOK = new GetPoetryOptions(null, true, 65536);
    }
}
