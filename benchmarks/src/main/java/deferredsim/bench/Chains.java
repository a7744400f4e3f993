package deferredsim.bench;

import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.scenario.FireSpec;
import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scenarios the benchmarks run. */
final class Chains {
    private Chains() {}

    /** One deferred with {@code stages} pairs cycling return / raise / passthru, fired at time 0. */
    static Scenario mixedChain(int stages) {
        List<PairSpec> chain = new ArrayList<>(stages);
        for (int i = 0; i < stages; i++) {
            chain.add(mixedPair(i));
        }
        return scenario(List.of(new DeferredSpec.Plain("d", chain, fireAt(Time.ZERO, "go"), Optional.empty())));
    }

    /** The pair at position {@code i} of a mixed chain: a third return, a third raise, a third pass through. */
    static PairSpec mixedPair(int i) {
        switch (i % 3) {
            case 0:
                return new PairSpec(new MemberSpec.Return("ok"), MemberSpec.passthru());
            case 1:
                return new PairSpec(new MemberSpec.Fail("bad"), new MemberSpec.Return("fixed"));
            default:
                return new PairSpec(MemberSpec.passthru(), new MemberSpec.Fail("again"));
        }
    }

    /** {@code depth} deferreds, each one's stage returning the next, each fired one second after creation. */
    static Scenario nestedInner(int depth) {
        List<DeferredSpec> deferreds = new ArrayList<>(depth + 1);
        for (int i = 0; i <= depth; i++) {
            List<PairSpec> chain = i < depth
                    ? List.of(new PairSpec(new MemberSpec.Defer("x" + (i + 1)), MemberSpec.passthru()))
                    : List.of();
            deferreds.add(new DeferredSpec.Plain("x" + i, chain, fireAt(Time.ofSeconds(1), "v"), Optional.empty()));
        }
        return scenario(deferreds);
    }

    private static Optional<FireSpec> fireAt(Time after, String value) {
        return Optional.of(new FireSpec(FireMethod.CALLBACK, value, after));
    }

    private static Scenario scenario(List<DeferredSpec> deferreds) {
        try {
            return Scenario.of(deferreds, List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }
}
