package deferredsim.cli.classic;

import deferredsim.core.scenario.PairSpec;
import java.util.List;
import java.util.Objects;

/**
 * Everything the classic diagram shows, fixed: the deferred's pairs, and what happened when it was
 * fired with {@code callback("initial")} and, separately, with {@code errback(Exception("initial"))}.
 *
 * <p>Immutable. Get one from {@link ClassicSimulation#simulate(List)}, or build one by hand in
 * tests; {@link ClassicRenderer} draws it.
 *
 * @param pairs the callback/errback pairs, at least one, in chain order
 * @param callbackFiring what {@code d.callback(initial)} did
 * @param errbackFiring what {@code d.errback(initial*)} did
 */
public record ClassicSnapshot(List<PairSpec> pairs, Firing callbackFiring, Firing errbackFiring) {
    /** @throws IllegalArgumentException if {@code pairs} is empty */
    public ClassicSnapshot {
        pairs = List.copyOf(pairs);
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a classic diagram needs at least one pair");
        }
        Objects.requireNonNull(callbackFiring, "callbackFiring");
        Objects.requireNonNull(errbackFiring, "errbackFiring");
    }
}
