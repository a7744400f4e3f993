package deferredsim.core.scenario;

import deferredsim.core.time.Time;
import java.util.Objects;

/** Something the scenario does to a top-level deferred at an absolute time. */
public sealed interface Action {
    /** When the action runs. */
    Time at();

    /** The top-level deferred it acts on. */
    String deferred();

    /** The word used in scenario files: fire, cancel, pause, unpause, add. */
    String verb();

    /** {@code d.callback(value)} or {@code d.errback(Exception(value))}. */
    record Fire(Time at, String deferred, FireMethod method, String value) implements Action {
        public Fire {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(deferred, "deferred");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String verb() {
            return "fire";
        }
    }

    /** {@code d.cancel()}. */
    record Cancel(Time at, String deferred) implements Action {
        public Cancel {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(deferred, "deferred");
        }

        @Override
        public String verb() {
            return "cancel";
        }
    }

    /** {@code d.pause()}. */
    record Pause(Time at, String deferred) implements Action {
        public Pause {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(deferred, "deferred");
        }

        @Override
        public String verb() {
            return "pause";
        }
    }

    /** {@code d.unpause()}. */
    record Unpause(Time at, String deferred) implements Action {
        public Unpause {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(deferred, "deferred");
        }

        @Override
        public String verb() {
            return "unpause";
        }
    }

    /** {@code d.addCallbacks(cb, eb)}: on an already-fired deferred the pair runs at once. */
    record Add(Time at, String deferred, PairSpec pair) implements Action {
        public Add {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(deferred, "deferred");
            Objects.requireNonNull(pair, "pair");
        }

        @Override
        public String verb() {
            return "add";
        }
    }
}
