package deferredsim.cli.analysis;

import deferredsim.core.recording.Side;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link CompareChains} found: two labelled chains, each fired with {@code
 * d.callback(initial)} and with {@code d.errback(initial*)}, their runs aligned step by step.
 *
 * <p>Steps are aligned like a text diff: two steps are the {@linkplain Mark#SAME same} when the
 * same side ran the same member on the same input with the same output, whatever its stage
 * number; the rest is {@linkplain Mark#CHANGED changed} (both chains ran something different at
 * that point) or ran in one chain only. All records are immutable.
 */
public record ChainComparison(Chain left, Chain right, String initial, List<Firing> firings) {
    public ChainComparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(initial, "initial");
        firings = List.copyOf(firings);
    }

    /** A chain and the label it is shown with. */
    public record Chain(String label, List<PairSpec> pairs) {
        public Chain {
            Objects.requireNonNull(label, "label");
            pairs = List.copyOf(pairs);
        }
    }

    /** One stage that ran: its number in its own chain, the side, the member, input and output. */
    public record Step(int stage, Side side, MemberSpec member, Value in, Value out) {
        public Step {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(out, "out");
        }

        /** True for a passthru that handed its input on unchanged: it changes nothing. */
        public boolean passesThrough() {
            return member instanceof MemberSpec.Passthru;
        }
    }

    /** How the two sides of a row relate. */
    public enum Mark {
        /** Both chains ran the same member the same way. */
        SAME,
        /** Both chains ran a step here, but not the same one. */
        CHANGED,
        /** Only the left chain ran a step here. */
        LEFT_ONLY,
        /** Only the right chain ran a step here. */
        RIGHT_ONLY
    }

    /** One aligned row: the left step, the right step, or both. */
    public record Row(Mark mark, Optional<Step> left, Optional<Step> right) {
        public Row {
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        /** True for a one-sided pass-through: the chains differ here only by a stage that changes nothing. */
        public boolean neutral() {
            return (mark == Mark.LEFT_ONLY && left.orElseThrow().passesThrough())
                    || (mark == Mark.RIGHT_ONLY && right.orElseThrow().passesThrough());
        }
    }

    /** A chain's final result. */
    public record Result(Value value, boolean unhandled) {
        public Result {
            Objects.requireNonNull(value, "value");
        }
    }

    /** One firing of both chains: the aligned rows and both final results. */
    public record Firing(FireMethod method, Value initial, List<Row> rows, Result left, Result right) {
        public Firing {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(initial, "initial");
            rows = List.copyOf(rows);
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        /**
         * The index of the first row where the paths really part: not the same, and not a
         * one-sided pass-through. Empty when the paths agree apart from pass-throughs.
         */
        public OptionalInt divergence() {
            for (int index = 0; index < rows.size(); index++) {
                Row row = rows.get(index);
                if (row.mark() != Mark.SAME && !row.neutral()) {
                    return OptionalInt.of(index);
                }
            }
            return OptionalInt.empty();
        }

        /** True when the two chains end with different results (or only one of them unhandled). */
        public boolean resultsDiffer() {
            return !left.equals(right);
        }
    }
}
