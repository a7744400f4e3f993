package deferredsim.cli.analysis;

import deferredsim.cli.analysis.Exploration.Choice;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.recording.Side;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All possible firings of a chain (the book's Part 10 exercise): every combination of which
 * stages return and which raise, for {@code d.callback(initial)} and for {@code
 * d.errback(initial*)}, each run through the engine and grouped by the path it takes.
 *
 * <p>A combination picks, for each stage, whether the member that runs there returns or raises,
 * keeping the user's values:
 *
 * <ul>
 *   <li>{@code return V} returns V, or raises as {@code fail V};
 *   <li>{@code fail V} returns V, or raises as written;
 *   <li>a callback {@code passthru} returns its argument v, or raises {@code Exception(v)};
 *   <li>an errback {@code passthru} returns its failure, or raises it again: either way the chain
 *       stays on the errback line, so both of its combinations take the same path.
 * </ul>
 *
 * <p>Which member runs in a stage depends on the stages before it, so a chain of n stages has
 * exactly 2<sup>n</sup> combinations per firing; chains of more than {@link #MAX_STAGES} stages
 * are refused. Each combination is one engine run; the exploration walks the tree of choices so
 * that the all-returns completion of a prefix is reused rather than run again.
 *
 * <p>Static methods only: {@link #explore(List)} for the records, {@link #lines(List)} for the
 * listing.
 */
public final class ExploreFirings {
    /** The longest chain explored: 2^16 = 65,536 combinations per firing. */
    public static final int MAX_STAGES = 16;

    /** The value both firings start with unless another is given, as in the classic diagram. */
    public static final String INITIAL = "initial";

    private ExploreFirings() {}

    /** True when {@code chain} can be explored: no {@code defer} member and at most {@link #MAX_STAGES} stages. */
    public static boolean fits(List<PairSpec> chain) {
        return chain.size() <= MAX_STAGES
                && chain.stream()
                        .noneMatch(pair -> pair.callback() instanceof MemberSpec.Defer
                                || pair.errback() instanceof MemberSpec.Defer);
    }

    /** {@link #explore(List, String)} starting from {@code 'initial'}. */
    public static Exploration explore(List<PairSpec> chain) {
        return explore(chain, INITIAL);
    }

    /**
     * Runs every combination of {@code chain} for both firings, starting from {@code initial}.
     *
     * @throws IllegalArgumentException if the chain has a {@code defer} member or more than {@link
     *     #MAX_STAGES} stages, or {@code initial} is empty or holds whitespace
     */
    public static Exploration explore(List<PairSpec> chain, String initial) {
        Objects.requireNonNull(chain, "chain");
        ChainRun.requireNoDefer(chain);
        ChainRun.requireWord(initial);
        if (chain.size() > MAX_STAGES) {
            throw new IllegalArgumentException(tooLong(chain.size()));
        }
        return new Exploration(
                chain,
                initial,
                firing(chain, FireMethod.CALLBACK, initial),
                firing(chain, FireMethod.ERRBACK, initial));
    }

    /** The listing for {@code chain} from {@code 'initial'}; see {@link #lines(List, String)}. */
    public static List<String> lines(List<PairSpec> chain) {
        return lines(chain, INITIAL);
    }

    /**
     * The exploration of {@code chain} as a listing: the chain, what a combination is, then for each
     * firing every path once with its endings (count, final result, unhandled flag, an example). For
     * a chain that cannot be explored, lines saying why instead.
     *
     * @throws IllegalArgumentException if {@code initial} is empty or holds whitespace
     */
    public static List<String> lines(List<PairSpec> chain, String initial) {
        ChainRun.requireWord(initial);
        if (chain.size() > MAX_STAGES) {
            return List.of(tooLong(chain.size()), "Explore a part of it: at most " + MAX_STAGES + " pairs.");
        }
        try {
            ChainRun.requireNoDefer(chain);
        } catch (IllegalArgumentException defer) {
            return List.of("Cannot explore this chain: " + defer.getMessage() + ".");
        }
        return ExplorationListing.lines(explore(chain, initial));
    }

    /** The listing of an exploration made earlier. */
    public static List<String> lines(Exploration exploration) {
        return ExplorationListing.lines(exploration);
    }

    private static String tooLong(int stages) {
        return "This chain has " + stages + " stages: exploring it would take 2^" + stages
                + " combinations per firing, more than the limit of 2^" + MAX_STAGES + " (" + MAX_STAGES + " stages).";
    }

    private static Exploration.Firing firing(List<PairSpec> chain, FireMethod method, String initial) {
        List<PairSpec> returning = new ArrayList<>();
        for (PairSpec pair : chain) {
            returning.add(new PairSpec(returningVariant(pair.callback()), returningVariant(pair.errback())));
        }
        Grouping grouping = new Grouping();
        walk(
                chain,
                0,
                returning,
                ChainRun.of(returning, method, initial),
                new ArrayList<>(),
                method,
                initial,
                grouping);
        return new Exploration.Firing(
                method, ChainRun.initialValue(method, initial), 1 << chain.size(), grouping.paths());
    }

    /*
     * Overview: `current` is a chain whose stages before `stage` hold the variants chosen so far
     * (on the side that runs) and whose later stages hold returning variants on both sides; `run`
     * is the engine's run of it. Its stage `stage` tells which member runs next and with what
     * input, so the RETURNS branch reuses `run` and only the RAISES branch needs a new run.
     */
    private static void walk(
            List<PairSpec> chain,
            int stage,
            List<PairSpec> current,
            ChainRun run,
            List<Choice> choices,
            FireMethod method,
            String initial,
            Grouping grouping) {
        if (stage == chain.size()) {
            grouping.add(choices, run);
            return;
        }
        DeferredSnapshot.StageRun ran = run.stages().get(stage);
        MemberSpec member = ran.side() == Side.CALLBACK
                ? chain.get(stage).callback()
                : chain.get(stage).errback();
        choices.add(Choice.RETURNS);
        walk(chain, stage + 1, current, run, choices, method, initial, grouping);
        choices.set(stage, Choice.RAISES);
        MemberSpec raising = raisingVariant(member, ran.side(), ran.in());
        if (raising.equals(returningVariant(member))) {
            walk(chain, stage + 1, current, run, choices, method, initial, grouping);
        } else {
            List<PairSpec> next = new ArrayList<>(current);
            PairSpec pair = current.get(stage);
            next.set(
                    stage,
                    ran.side() == Side.CALLBACK
                            ? new PairSpec(raising, pair.errback())
                            : new PairSpec(pair.callback(), raising));
            walk(chain, stage + 1, next, ChainRun.of(next, method, initial), choices, method, initial, grouping);
        }
        choices.remove(stage);
    }

    /** The member as it behaves when it returns: {@code fail V} becomes {@code return V}. */
    static MemberSpec returningVariant(MemberSpec member) {
        if (member instanceof MemberSpec.Fail) {
            return new MemberSpec.Return(((MemberSpec.Fail) member).value());
        }
        return member;
    }

    /** The member as it behaves when it raises, given the value it receives on {@code side}. */
    static MemberSpec raisingVariant(MemberSpec member, Side side, Value in) {
        if (member instanceof MemberSpec.Return) {
            return new MemberSpec.Fail(((MemberSpec.Return) member).value());
        }
        if (member instanceof MemberSpec.Passthru && side == Side.CALLBACK) {
            return new MemberSpec.Fail(in.render());
        }
        return member;
    }

    /** Groups leaves by path, then by final result, keeping first-seen order and the first example. */
    private static final class Grouping {
        private final Map<List<Exploration.Step>, Map<List<Object>, Counted>> byPath = new LinkedHashMap<>();

        void add(List<Choice> choices, ChainRun run) {
            List<Exploration.Step> steps = new ArrayList<>();
            for (DeferredSnapshot.StageRun ran : run.stages()) {
                steps.add(new Exploration.Step(ran.stage(), ran.side()));
            }
            DeferredSnapshot outcome = run.outcome();
            Counted counted = byPath.computeIfAbsent(List.copyOf(steps), path -> new LinkedHashMap<>())
                    .computeIfAbsent(
                            List.of(outcome.result(), outcome.unhandled()),
                            result -> new Counted(
                                    new Exploration.Combination(choices, run.stages(), outcome.result()),
                                    outcome.unhandled()));
            counted.count++;
        }

        List<Exploration.Path> paths() {
            List<Exploration.Path> paths = new ArrayList<>();
            byPath.forEach((steps, endings) -> {
                List<Exploration.Ending> list = new ArrayList<>();
                endings.values()
                        .forEach(counted -> list.add(new Exploration.Ending(
                                counted.example.result(), counted.unhandled, counted.count, counted.example)));
                paths.add(new Exploration.Path(steps, list));
            });
            return paths;
        }
    }

    /** One ending being counted. */
    private static final class Counted {
        final Exploration.Combination example;
        final boolean unhandled;
        int count;

        Counted(Exploration.Combination example, boolean unhandled) {
            this.example = example;
            this.unhandled = unhandled;
        }
    }
}
