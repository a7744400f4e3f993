package deferredsim.core.time;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A point on (or a distance along) a virtual clock, in seconds. A time is one of two kinds:
 *
 * <ul>
 *   <li><b>exact</b>: a whole number of nanoseconds ({@link #ofSeconds(BigDecimal)}, {@link
 *       #ofSeconds(long)}, {@link #ofNanos(long)}). Exact times add up exactly ({@code 0.1 + 0.2}
 *       is {@code 0.3}); the reactor model of Parts 1–8 counts time this way.
 *   <li><b>float</b>: an IEEE double, as Twisted's {@code task.Clock} holds {@code seconds()}
 *       ({@link #ofDouble(double)}, {@link #plusAsFloat(Time)}). The Deferred engine's clock counts
 *       time this way, so {@code 0.1 + 0.2} is {@code 0.30000000000000004} there, as in Python.
 * </ul>
 *
 * <p>{@link #toString()} prints the canonical trace form: an exact time as whole seconds without a
 * decimal point or with the fewest decimals ({@code 2}, {@code 0.5}, {@code 1.25}); a float time as
 * Python's {@code repr} without a trailing {@code .0} ({@code 2}, {@code 0.30000000000000004},
 * {@code 1e+16}).
 *
 * <p>Two exact times compare by their nanoseconds; any comparison involving a float time compares
 * the two values as doubles (an exact time as the double nearest to it), as Python compares a
 * float with a number typed as {@code 0.1}. {@link #equals} and {@link #hashCode} follow the same
 * rule. Instances are immutable; get them from the static factories or {@link #ZERO}.
 */
public final class Time implements Comparable<Time> {
    /** The start of every simulation (an exact time, equal to the float 0.0). */
    public static final Time ZERO = new Time(0, 0.0, true);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final BigDecimal NANOS = BigDecimal.valueOf(NANOS_PER_SECOND);

    private final long nanos;
    private final double seconds;
    private final boolean exact;

    private Time(long nanos, double seconds, boolean exact) {
        this.nanos = nanos;
        this.seconds = seconds;
        this.exact = exact;
    }

    /**
     * Returns the exact time of the given decimal seconds.
     *
     * @throws IllegalArgumentException if {@code seconds} is negative, has more than nine decimals
     *     or is too large to hold (more than about 292 years); {@link #ofDouble(double)} takes any
     *     finite double
     */
    public static Time ofSeconds(BigDecimal seconds) {
        if (seconds.signum() < 0) {
            throw new IllegalArgumentException("a time cannot be negative");
        }
        if (seconds.precision() - seconds.scale() > 19) {
            throw new IllegalArgumentException("a time that large cannot be simulated");
        }
        BigDecimal scaled = seconds.multiply(NANOS);
        if (scaled.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a time can have at most nine decimals");
        }
        try {
            return ofNanos(scaled.longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("a time that large cannot be simulated");
        }
    }

    /** Returns the exact time of the given whole seconds; {@code seconds} must not be negative. */
    public static Time ofSeconds(long seconds) {
        return ofNanos(Math.multiplyExact(seconds, NANOS_PER_SECOND));
    }

    /** Returns the exact time of the given nanoseconds; {@code nanos} must not be negative. */
    public static Time ofNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a time cannot be negative");
        }
        return nanos == 0 ? ZERO : new Time(nanos, nanos / (double) NANOS_PER_SECOND, true);
    }

    /**
     * Returns the float time of {@code seconds}, as Twisted's clock would hold it ({@code -0.0}
     * becomes {@code 0.0}).
     *
     * @throws IllegalArgumentException if {@code seconds} is negative, infinite or NaN
     */
    public static Time ofDouble(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(
                    "a time is a finite number of seconds >= 0, not " + PythonFloat.repr(seconds));
        }
        return new Time(saturatedNanos(seconds), seconds + 0.0, false);
    }

    /** True for an exact time (nanoseconds), false for a float time (a double). */
    public boolean isExact() {
        return exact;
    }

    /**
     * This time in nanoseconds: exact for an exact time; for a float time the nearest whole number
     * of nanoseconds ({@link Long#MAX_VALUE} beyond about 292 years).
     */
    public long nanos() {
        return nanos;
    }

    /**
     * This time as decimal seconds without trailing zeros: exact for an exact time; for a float time
     * the shortest decimal that reads back as the same double ({@code 0.1}, not the double's full
     * binary expansion).
     */
    public BigDecimal seconds() {
        if (!exact) {
            BigDecimal shortest = new BigDecimal(Double.toString(seconds)).stripTrailingZeros();
            return shortest.scale() < 0 ? shortest.setScale(0) : shortest;
        }
        BigDecimal value = BigDecimal.valueOf(nanos).divide(NANOS, 9, RoundingMode.UNNECESSARY);
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** This time in seconds as a double: the float time itself, or the double nearest an exact one. */
    public double toSecondsDouble() {
        return seconds;
    }

    /**
     * Returns {@code this + delay}: exact when both are exact, otherwise as {@link
     * #plusAsFloat(Time)} adds them.
     *
     * @throws ArithmeticException if the sum is too large to hold
     */
    public Time plus(Time delay) {
        if (exact && delay.exact) {
            return ofNanos(Math.addExact(nanos, delay.nanos));
        }
        return plusAsFloat(delay);
    }

    /**
     * Returns {@code this + delay} as Python adds two floats: each as a double (an exact time as the
     * double nearest to it), the sum rounded to the nearest double. This is how Twisted's clock
     * computes a due time ({@code seconds() + delay}).
     *
     * @return a float time
     * @throws ArithmeticException if the sum is beyond the largest double (Python would give {@code
     *     inf})
     */
    public Time plusAsFloat(Time delay) {
        double sum = seconds + delay.seconds;
        if (Double.isInfinite(sum)) {
            throw new ArithmeticException("the time " + this + " + " + delay + " is beyond the largest time a clock"
                    + " can hold (about 1.8e+308 seconds)");
        }
        return ofDouble(sum);
    }

    /**
     * Returns {@code this - earlier}, or zero when {@code earlier} is later than this: exact when
     * both are exact, otherwise a float time computed as Python subtracts floats.
     */
    public Time minus(Time earlier) {
        if (exact && earlier.exact) {
            return ofNanos(Math.max(0, nanos - earlier.nanos));
        }
        return ofDouble(Math.max(0.0, seconds - earlier.seconds));
    }

    /** True when this time comes strictly before {@code other}. */
    public boolean isBefore(Time other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Time other) {
        if (exact && other.exact) {
            return Long.compare(nanos, other.nanos);
        }
        return Double.compare(seconds, other.seconds);
    }

    /**
     * True when {@code other} is a time equal to this one: the same nanoseconds for two exact
     * times, the same double otherwise.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Time time && compareTo(time) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(seconds);
    }

    /**
     * The canonical form: {@code 0}, {@code 2}, {@code 0.5}, {@code 1.25}; for a float time Python's
     * {@code repr} without a trailing {@code .0}, such as {@code 0.30000000000000004} or {@code
     * 1e+16}.
     */
    @Override
    public String toString() {
        return exact ? seconds().toPlainString() : PythonFloat.reprWithoutPointZero(seconds);
    }

    private static long saturatedNanos(double seconds) {
        double scaled = seconds * NANOS_PER_SECOND;
        return scaled >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(scaled);
    }
}
