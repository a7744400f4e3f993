package deferredsim.core.time;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A point on (or a distance along) the simulator's virtual clock, held exactly as a whole number
 * of nanoseconds.
 *
 * <p>Twisted's {@code Clock} counts float seconds; scenario files write decimal seconds. Holding
 * nanosecond ticks makes every time a scenario can write with up to nine decimals exact, so sums
 * such as {@code 0.1 + 0.2} are exactly {@code 0.3} and equal times compare equal. {@link
 * #toString()} prints the canonical trace form: whole seconds without a decimal point, otherwise
 * the fewest decimals ({@code 0.5}, {@code 1.25}).
 *
 * <p>Instances come from {@link #ofSeconds(BigDecimal)}, {@link #ofSeconds(long)} or {@link
 * #ZERO}; they are immutable and ordered.
 */
public final class Time implements Comparable<Time> {
    /** The start of every simulation. */
    public static final Time ZERO = new Time(0);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final BigDecimal NANOS = BigDecimal.valueOf(NANOS_PER_SECOND);

    private final long nanos;

    private Time(long nanos) {
        this.nanos = nanos;
    }

    /**
     * Returns the time of the given decimal seconds.
     *
     * @throws IllegalArgumentException if {@code seconds} is negative, has more than nine decimals
     *     or is too large to hold (more than about 292 years)
     */
    public static Time ofSeconds(BigDecimal seconds) {
        if (seconds.signum() < 0) {
            throw new IllegalArgumentException("a time cannot be negative");
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

    /** Returns the time of the given whole seconds; {@code seconds} must not be negative. */
    public static Time ofSeconds(long seconds) {
        return ofNanos(Math.multiplyExact(seconds, NANOS_PER_SECOND));
    }

    /** Returns the time of the given nanoseconds; {@code nanos} must not be negative. */
    public static Time ofNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a time cannot be negative");
        }
        return nanos == 0 ? ZERO : new Time(nanos);
    }

    /** This time in nanoseconds. */
    public long nanos() {
        return nanos;
    }

    /** This time as exact decimal seconds, without trailing zeros. */
    public BigDecimal seconds() {
        BigDecimal exact = BigDecimal.valueOf(nanos).divide(NANOS, 9, RoundingMode.UNNECESSARY);
        BigDecimal stripped = exact.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** This time in seconds as a double, for drawing; never for arithmetic. */
    public double toSecondsDouble() {
        return nanos / (double) NANOS_PER_SECOND;
    }

    /**
     * Returns {@code this + delay}.
     *
     * @throws ArithmeticException if the sum is too large to hold
     */
    public Time plus(Time delay) {
        return ofNanos(Math.addExact(nanos, delay.nanos));
    }

    /** Returns {@code this - earlier}, or zero when {@code earlier} is later than this. */
    public Time minus(Time earlier) {
        return ofNanos(Math.max(0, nanos - earlier.nanos));
    }

    /** True when this time comes strictly before {@code other}. */
    public boolean isBefore(Time other) {
        return nanos < other.nanos;
    }

    @Override
    public int compareTo(Time other) {
        return Long.compare(nanos, other.nanos);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Time && ((Time) other).nanos == nanos;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(nanos);
    }

    /** The canonical form: {@code 0}, {@code 2}, {@code 0.5}, {@code 1.25}. */
    @Override
    public String toString() {
        return seconds().toPlainString();
    }
}
