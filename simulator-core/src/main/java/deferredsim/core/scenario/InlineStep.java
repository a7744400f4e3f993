package deferredsim.core.scenario;

import java.util.Objects;

/** One step of an inlineCallbacks generator. */
public sealed interface InlineStep {
    /** The text used in scenario files. */
    @Override
    String toString();

    /**
     * {@code yield NAME} (or {@code yield NAME catch}): wait for deferred NAME. A failure is raised
     * at the yield, or, when {@code catching}, swallowed and the generator goes on.
     */
    record Yield(String name, boolean catching) implements InlineStep {
        public Yield {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return "yield " + name + (catching ? " catch" : "");
        }
    }

    /** {@code return V}: the generator returns V ({@code returnValue(V)}). */
    record Return(String value) implements InlineStep {
        public Return {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "return " + value;
        }
    }

    /** {@code raise V}: the generator raises {@code Exception(V)}. */
    record Raise(String value) implements InlineStep {
        public Raise {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "raise " + value;
        }
    }
}
