package deferredsim.cli.analysis;

import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.recording.Side;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.value.Value;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ExploreFirings} found: for {@code d.callback(initial)} and for {@code
 * d.errback(initial*)}, every distinct path through the chain and, under each, every distinct final
 * result with how many combinations lead to it and one example.
 *
 * <p>All records are immutable. Paths and endings are listed in the order the exploration first
 * met them, which puts the path where every member returns first.
 */
public record Exploration(List<PairSpec> chain, String initial, Firing callback, Firing errback) {
    public Exploration {
        chain = List.copyOf(chain);
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(errback, "errback");
    }

    /** Both firings: callback first. */
    public List<Firing> firings() {
        return List.of(callback, errback);
    }

    /** Whether the member that ran in a stage returned normally or raised. */
    public enum Choice {
        /** The member returned (for a passthru errback: returned its failure, which still fails). */
        RETURNS,
        /** The member raised. */
        RAISES
    }

    /** One step of a path: the side of {@code stage} that ran. */
    public record Step(int stage, Side side) {
        public Step {
            Objects.requireNonNull(side, "side");
        }

        /** {@code cb} or {@code eb}. */
        public String shortSide() {
            return side == Side.CALLBACK ? "cb" : "eb";
        }
    }

    /**
     * One combination as the engine ran it: the choice made in each stage, the stages that ran
     * (with their inputs and outputs) and the final result.
     */
    public record Combination(List<Choice> choices, List<DeferredSnapshot.StageRun> runs, Value result) {
        public Combination {
            choices = List.copyOf(choices);
            runs = List.copyOf(runs);
            Objects.requireNonNull(result, "result");
        }
    }

    /** A final result of a path, the number of combinations that end with it, and the first of them. */
    public record Ending(Value result, boolean unhandled, int combinations, Combination example) {
        public Ending {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(example, "example");
        }
    }

    /** A distinct path (one step per stage) and its distinct endings. */
    public record Path(List<Step> steps, List<Ending> endings) {
        public Path {
            steps = List.copyOf(steps);
            endings = List.copyOf(endings);
        }

        /** How many combinations take this path. */
        public int combinations() {
            return endings.stream().mapToInt(Ending::combinations).sum();
        }
    }

    /** One way of firing, {@code method(initial)}: all its combinations grouped by path. */
    public record Firing(FireMethod method, Value initial, int combinations, List<Path> paths) {
        public Firing {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(initial, "initial");
            paths = List.copyOf(paths);
        }

        /** The number of distinct (path, final result) endings. */
        public int endings() {
            return paths.stream().mapToInt(path -> path.endings().size()).sum();
        }
    }
}
