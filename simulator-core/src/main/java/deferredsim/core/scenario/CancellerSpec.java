package deferredsim.core.scenario;

import java.util.Objects;

/** What a plain deferred's canceller does when {@code cancel()} is called before it fired. */
public sealed interface CancellerSpec {
    /** The text used in scenario files: {@code nothing}, {@code callback V}, {@code errback V}. */
    @Override
    String toString();

    /** A canceller that does nothing (so {@code cancel()} errbacks with CancelledError). */
    enum Nothing implements CancellerSpec {
        INSTANCE;

        @Override
        public String toString() {
            return "nothing";
        }
    }

    /** A canceller that fires the deferred itself with {@code method(value)}. */
    record Fires(FireMethod method, String value) implements CancellerSpec {
        public Fires {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return method.word() + " " + value;
        }
    }
}
