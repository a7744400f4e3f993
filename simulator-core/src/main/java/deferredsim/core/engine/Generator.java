package deferredsim.core.engine;

import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.Objects;

/**
 * A Python generator as {@code inlineCallbacks} drives it: started by the first {@link
 * #send(Value)}, then resumed with each yielded deferred's result.
 */
public interface Generator {
    /**
     * Runs the generator until its next yield or its end. The first call starts it (the value is
     * Python's initial {@code None} and is ignored); later calls make the pending yield return
     * {@code value}.
     */
    Step send(Value value);

    /** Raises {@code failure}'s exception at the pending yield, then runs on as {@link #send(Value)} does. */
    Step throwInto(Failure failure);

    /** The index of the step the generator is at (its pending yield), or -1 when it has no numbered steps. */
    default int position() {
        return -1;
    }

    /** Where a generator stopped: at a yield of a deferred, or finished with a value or an exception. */
    abstract class Step {
        private Step() {}

        /** The generator yielded {@code deferred} and waits for it. */
        public static Step yielded(Deferred deferred) {
            return new Yielded(deferred);
        }

        /** The generator returned {@code value} (or fell off its end with None). */
        public static Step returned(Value value) {
            return new Finished(value);
        }

        /** The generator raised {@code failure}'s exception. */
        public static Step raised(Failure failure) {
            return new Finished(failure);
        }

        /**
         * The generator yields the deferred that {@code creating} makes and returns: a scenario's
         * {@code yield NAME} creates NAME as a frame, which may nest further.
         */
        static Step yielding(Frames.Frame creating) {
            return new Yielding(creating);
        }

        static final class Yielding extends Step {
            final Frames.Frame creating;

            Yielding(Frames.Frame creating) {
                this.creating = Objects.requireNonNull(creating);
            }
        }

        static final class Yielded extends Step {
            final Deferred deferred;

            Yielded(Deferred deferred) {
                this.deferred = Objects.requireNonNull(deferred);
            }
        }

        static final class Finished extends Step {
            final Value outcome;

            Finished(Value outcome) {
                this.outcome = Objects.requireNonNull(outcome);
            }
        }
    }
}
