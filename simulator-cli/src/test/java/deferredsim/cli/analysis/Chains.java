package deferredsim.cli.analysis;

import deferredsim.core.scenario.MemberSyntaxException;
import deferredsim.core.scenario.PairSpec;
import java.util.ArrayList;
import java.util.List;

/** Chains for tests, written as pair lines: {@code chain("r a", "f b", "p", "p")}. */
final class Chains {
    private Chains() {}

    /** The pairs of {@code members}, two members per pair. */
    static List<PairSpec> chain(String... members) {
        if (members.length % 2 != 0) {
            throw new IllegalArgumentException("members come in pairs");
        }
        List<PairSpec> chain = new ArrayList<>();
        try {
            for (int i = 0; i < members.length; i += 2) {
                chain.add(PairSpec.parse(members[i], members[i + 1]));
            }
        } catch (MemberSyntaxException broken) {
            throw new IllegalArgumentException(broken);
        }
        return chain;
    }
}
