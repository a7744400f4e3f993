package deferredsim.core.scenario;

import java.util.Objects;

/** A callback/errback pair, as {@code addCallbacks(callback, errback)} adds it. */
public record PairSpec(StageSpec callback, StageSpec errback) {
    public PairSpec {
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(errback, "errback");
    }

    /** Parses {@code ["return good", "fail bad"]}-style members; see {@link StageSpec#parse(String)}. */
    public static PairSpec parse(String callback, String errback) throws StageSyntaxException {
        return new PairSpec(StageSpec.parse(callback), StageSpec.parse(errback));
    }
}
