package deferredsim.cli.analysis;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.Reading;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.List;

/**
 * One chain on one plain deferred {@code d}, fired at time 0, run by the engine: the analyses'
 * only way of finding out what a chain does.
 *
 * <p>The chains here hold {@code return}, {@code fail} and {@code passthru} members only: {@link
 * Simulation#runChain} runs them on the calling thread, fast enough for tens of thousands of runs.
 */
final class ChainRun {
    /** The deferred's name, as in the classic diagram's headings. */
    static final String DEFERRED = "d";

    private final List<DeferredSnapshot.StageRun> stages;
    private final DeferredSnapshot outcome;

    private ChainRun(List<DeferredSnapshot.StageRun> stages, DeferredSnapshot outcome) {
        this.stages = List.copyOf(stages);
        this.outcome = outcome;
    }

    /** Fires {@code d} (with {@code chain}) by {@code method} with {@code initial} and records what happened. */
    static ChainRun of(List<PairSpec> chain, FireMethod method, String initial) {
        Reading reading = Reading.of(Simulation.runChain(DEFERRED, chain, method, initial));
        return new ChainRun(reading.stageRuns(DEFERRED), reading.deferred(DEFERRED, reading.end()));
    }

    /** The stages that ran, in order: one per pair of the chain. */
    List<DeferredSnapshot.StageRun> stages() {
        return stages;
    }

    /** Where {@code d} ended: fired, with its result ({@code result()}) and unhandled flag. */
    DeferredSnapshot outcome() {
        return outcome;
    }

    /** The value a firing starts with: {@code initial}, or {@code Failure(Exception(initial))}. */
    static Value initialValue(FireMethod method, String initial) {
        return method == FireMethod.CALLBACK ? Value.text(initial) : Failure.raised(initial);
    }

    /** How a firing is written in the listings: {@code d.callback('initial')}, {@code d.errback(initial*)}. */
    static String firingText(FireMethod method, String initial) {
        return DEFERRED + "." + method.word() + "(" + ValueText.of(initialValue(method, initial)) + ")";
    }

    /**
     * Checks that {@code chain} can be analysed alone.
     *
     * @throws IllegalArgumentException naming the first {@code defer NAME} member: it needs another
     *     deferred, which a lone chain does not have
     */
    static void requireNoDefer(List<PairSpec> chain) {
        for (int stage = 0; stage < chain.size(); stage++) {
            PairSpec pair = chain.get(stage);
            for (MemberSpec member : List.of(pair.callback(), pair.errback())) {
                if (member instanceof MemberSpec.Defer) {
                    throw new IllegalArgumentException("stage " + stage + " has '" + memberText(member)
                            + "': only return, fail and passthru members can be analysed on a chain of their own");
                }
            }
        }
    }

    /**
     * Checks an initial value.
     *
     * @throws IllegalArgumentException if it is empty or holds whitespace (stage values cannot)
     */
    static void requireWord(String initial) {
        if (initial.isEmpty() || initial.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "the initial value is one or more characters without whitespace, not " + ValueText.quote(initial));
        }
    }

    /** A chain as {@code [return a | fail b] [passthru | passthru]}. */
    static String chainText(List<PairSpec> chain) {
        if (chain.isEmpty()) {
            return "(no pairs)";
        }
        StringBuilder out = new StringBuilder();
        for (PairSpec pair : chain) {
            out.append(out.length() == 0 ? "" : " ").append(pairText(pair));
        }
        return out.toString();
    }

    /** A pair as {@code [return a | fail b]}. */
    static String pairText(PairSpec pair) {
        return "[" + memberText(pair.callback()) + " | " + memberText(pair.errback()) + "]";
    }

    /** A member in its canonical long form ({@code return a}), safe to print. */
    static String memberText(MemberSpec member) {
        return ValueText.printable(member.toString());
    }
}
