package deferredsim.core.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One named deferred of a scenario: a plain one with its own firing, a DeferredList or
 * gatherResults over other deferreds, or the deferred of an inlineCallbacks generator. Each may
 * have a chain of pairs added to it when it is created.
 */
public sealed interface DeferredSpec {
    /** The unique name; traces and {@code defer NAME} stages use it. */
    String name();

    /** The pairs added when the deferred is created, in order. */
    List<PairSpec> chain();

    /** The names of the deferreds this one creates: list members, yielded names; none for plain. */
    List<String> references();

    /** The same deferred with {@code chain} in place of its own. */
    DeferredSpec withChain(List<PairSpec> chain);

    /** A plain {@code Deferred(canceller)}, fired by {@code fire} (if present) after its delay. */
    record Plain(String name, List<PairSpec> chain, Optional<FireSpec> fire, Optional<CancellerSpec> canceller)
            implements DeferredSpec {
        public Plain {
            Objects.requireNonNull(name, "name");
            chain = List.copyOf(chain);
            Objects.requireNonNull(fire, "fire");
            Objects.requireNonNull(canceller, "canceller");
        }

        @Override
        public List<String> references() {
            return List.of();
        }

        @Override
        public Plain withChain(List<PairSpec> chain) {
            return new Plain(name, chain, fire, canceller);
        }
    }

    /** {@code DeferredList(members, ...)} or {@code gatherResults(members)}. */
    record ListOf(String name, List<String> members, ListOptions options, List<PairSpec> chain)
            implements DeferredSpec {
        public ListOf {
            Objects.requireNonNull(name, "name");
            members = List.copyOf(members);
            Objects.requireNonNull(options, "options");
            chain = List.copyOf(chain);
        }

        @Override
        public List<String> references() {
            return members;
        }

        @Override
        public ListOf withChain(List<PairSpec> chain) {
            return new ListOf(name, members, options, chain);
        }
    }

    /** The deferred an {@code @inlineCallbacks} function returns; the generator runs {@code steps}. */
    record Inline(String name, List<InlineStep> steps, List<PairSpec> chain) implements DeferredSpec {
        public Inline {
            Objects.requireNonNull(name, "name");
            steps = List.copyOf(steps);
            chain = List.copyOf(chain);
        }

        @Override
        public List<String> references() {
            return steps.stream()
                    .filter(InlineStep.Yield.class::isInstance)
                    .map(step -> ((InlineStep.Yield) step).name())
                    .toList();
        }

        @Override
        public Inline withChain(List<PairSpec> chain) {
            return new Inline(name, steps, chain);
        }
    }
}
