package deferredsim.cli.analysis;

import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.recording.Side;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two chains side by side (the book's Part 9 exercise), for example {@code addCallbacks(cb, eb)}
 * against {@code addCallback(cb); addErrback(eb)}: both fired with {@code d.callback(initial)}
 * and with {@code d.errback(initial*)} by the engine, the stages that ran aligned, and the
 * differences marked: where the paths part and whether the final results differ.
 *
 * <p>Static methods only: {@link #compare} for the records, {@link #lines(ChainComparison)} for
 * the side-by-side text.
 */
public final class CompareChains {
    /** The label of the single pair in {@link #pairVersusSplit}. */
    public static final String PAIR_LABEL = "addCallbacks(cb, eb)";

    /** The label of the two pairs in {@link #pairVersusSplit}. */
    public static final String SPLIT_LABEL = "addCallback(cb); addErrback(eb)";

    private CompareChains() {}

    /** {@link #compare(String, List, String, List, String)} starting from {@code 'initial'}. */
    public static ChainComparison compare(
            String leftLabel, List<PairSpec> left, String rightLabel, List<PairSpec> right) {
        return compare(leftLabel, left, rightLabel, right, ExploreFirings.INITIAL);
    }

    /**
     * Fires both chains both ways from {@code initial} and aligns what ran.
     *
     * @throws IllegalArgumentException if a chain has a {@code defer} member, or {@code initial}
     *     is empty or holds whitespace
     */
    public static ChainComparison compare(
            String leftLabel, List<PairSpec> left, String rightLabel, List<PairSpec> right, String initial) {
        Objects.requireNonNull(leftLabel, "leftLabel");
        Objects.requireNonNull(rightLabel, "rightLabel");
        ChainRun.requireNoDefer(left);
        ChainRun.requireNoDefer(right);
        ChainRun.requireWord(initial);
        List<ChainComparison.Firing> firings = new ArrayList<>();
        for (FireMethod method : FireMethod.values()) {
            firings.add(firing(left, right, method, initial));
        }
        return new ChainComparison(
                new ChainComparison.Chain(leftLabel, left),
                new ChainComparison.Chain(rightLabel, right),
                initial,
                firings);
    }

    /**
     * The Part 9 comparison for one callback and one errback: {@code addCallbacks(callback,
     * errback)} (one pair) against {@code addCallback(callback); addErrback(errback)} (two pairs
     * with Twisted's implicit passthru partners), from {@code 'initial'}.
     *
     * @throws IllegalArgumentException if a member is a {@code defer} stage
     */
    public static ChainComparison pairVersusSplit(MemberSpec callback, MemberSpec errback) {
        return compare(
                PAIR_LABEL,
                List.of(new PairSpec(callback, errback)),
                SPLIT_LABEL,
                List.of(new PairSpec(callback, MemberSpec.passthru()), new PairSpec(MemberSpec.passthru(), errback)));
    }

    /** The comparison as side-by-side text; see {@link ComparisonListing}. */
    public static List<String> lines(ChainComparison comparison) {
        return ComparisonListing.lines(comparison);
    }

    private static ChainComparison.Firing firing(
            List<PairSpec> left, List<PairSpec> right, FireMethod method, String initial) {
        ChainRun leftRun = ChainRun.of(left, method, initial);
        ChainRun rightRun = ChainRun.of(right, method, initial);
        return new ChainComparison.Firing(
                method,
                ChainRun.initialValue(method, initial),
                StepAlignment.align(steps(left, leftRun), steps(right, rightRun)),
                result(leftRun),
                result(rightRun));
    }

    private static List<ChainComparison.Step> steps(List<PairSpec> chain, ChainRun run) {
        List<ChainComparison.Step> steps = new ArrayList<>();
        for (DeferredSnapshot.StageRun ran : run.stages()) {
            PairSpec pair = chain.get(ran.stage());
            MemberSpec member = ran.side() == Side.CALLBACK ? pair.callback() : pair.errback();
            steps.add(new ChainComparison.Step(ran.stage(), ran.side(), member, ran.in(), ran.out()));
        }
        return steps;
    }

    private static ChainComparison.Result result(ChainRun run) {
        return new ChainComparison.Result(run.outcome().result(), run.outcome().unhandled());
    }
}
