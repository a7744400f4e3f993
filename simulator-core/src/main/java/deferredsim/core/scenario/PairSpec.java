package deferredsim.core.scenario;

import java.util.Objects;

/** A callback/errback pair, as {@code addCallbacks(callback, errback)} adds it. */
public record PairSpec(MemberSpec callback, MemberSpec errback) {
    public PairSpec {
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(errback, "errback");
    }

    /** Parses {@code ["return good", "fail bad"]}-style members; see {@link MemberSpec#parse(String)}. */
    public static PairSpec parse(String callback, String errback) throws MemberSyntaxException {
        return new PairSpec(MemberSpec.parse(callback), MemberSpec.parse(errback));
    }
}
