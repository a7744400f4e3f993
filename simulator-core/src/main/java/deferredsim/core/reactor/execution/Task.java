package deferredsim.core.reactor.execution;

import deferredsim.core.time.Time;
import java.util.List;
import java.util.Objects;

/**
 * A task of Part 1: a name and a list of segments, each CPU work or a WAIT (for I/O) of a given
 * length. Immutable; create with the constructor or {@link #of(String, Segment...)}.
 */
public record Task(String name, List<Segment> segments) {
    public Task {
        Objects.requireNonNull(name, "name");
        segments = List.copyOf(segments);
    }

    /** A task with the given segments. */
    public static Task of(String name, Segment... segments) {
        return new Task(name, List.of(segments));
    }

    /** The CPU time of all its segments. */
    public Time cpu() {
        Time sum = Time.ZERO;
        for (Segment segment : segments) {
            if (segment.kind() == Kind.CPU) {
                sum = sum.plus(segment.duration());
            }
        }
        return sum;
    }

    /** What a segment does. */
    public enum Kind {
        /** Computes: needs a CPU. */
        CPU,
        /** Waits for I/O: needs no CPU, but a synchronous program can do nothing else meanwhile. */
        WAIT
    }

    /** One segment: {@code CPU 1} or {@code WAIT 3}. */
    public record Segment(Kind kind, Time duration) {
        public Segment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(duration, "duration");
        }

        /** {@code CPU d}. */
        public static Segment cpu(Time duration) {
            return new Segment(Kind.CPU, duration);
        }

        /** {@code WAIT d}. */
        public static Segment waitFor(Time duration) {
            return new Segment(Kind.WAIT, duration);
        }

        @Override
        public String toString() {
            return kind + " " + duration;
        }
    }
}
