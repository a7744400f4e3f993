package deferredsim.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TimeTest {
    /** When two exact times are added, then the sum is exact, as the reactor model needs (0.1 + 0.2 is 0.3). */
    @Test
    void plus_keepsExactTimesExact() {
        Time sum = Time.ofSeconds(new BigDecimal("0.1")).plus(Time.ofSeconds(new BigDecimal("0.2")));
        assertThat(sum.isExact()).isTrue();
        assertThat(sum).hasToString("0.3");
        assertThat(sum.nanos()).isEqualTo(300_000_000L);
    }

    /** When times are added as floats, then the sum is Python's float sum and prints as its repr. */
    @Test
    void plusAsFloat_addsLikePython() {
        Time sum = Time.ofSeconds(new BigDecimal("0.1")).plusAsFloat(Time.ofSeconds(new BigDecimal("0.2")));
        assertThat(sum.isExact()).isFalse();
        assertThat(sum).hasToString("0.30000000000000004");
        assertThat(Time.ofDouble(9e9).plusAsFloat(Time.ofDouble(9e9))).hasToString("18000000000");
        assertThat(Time.ofDouble(1e16)).hasToString("1e+16");
    }

    /** If a float sum is beyond the largest double, then it is refused with a message instead of becoming inf. */
    @Test
    void plusAsFloat_refusesInfinity() {
        assertThatThrownBy(() -> Time.ofDouble(Double.MAX_VALUE).plusAsFloat(Time.ofDouble(Double.MAX_VALUE)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("beyond the largest time");
    }

    /** When an exact time and a float time hold the same double, then they are equal and hash alike. */
    @Test
    void equals_comparesExactAndFloatTimesAsDoubles() {
        Time typed = Time.ofSeconds(new BigDecimal("0.1"));
        Time clock = Time.ofDouble(0.1);
        assertThat(typed).isEqualTo(clock).hasSameHashCodeAs(clock);
        assertThat(Time.ofDouble(0.1 + 0.2)).isNotEqualTo(Time.ofSeconds(new BigDecimal("0.3")));
        assertThat(Time.ofDouble(-0.0)).isEqualTo(Time.ZERO).hasSameHashCodeAs(Time.ZERO);
        assertThat(Time.ofDouble(0.5).compareTo(Time.ofSeconds(1))).isNegative();
    }

    /** If a float time is negative, infinite or not a number, then it is refused. */
    @Test
    void ofDouble_refusesWhatIsNotAFiniteNonNegativeNumber() {
        assertThatThrownBy(() -> Time.ofDouble(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Time.ofDouble(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Time.ofDouble(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    /** When a float time is shown as decimal seconds or nanoseconds, then it is its shortest decimal, saturated. */
    @Test
    void seconds_ofAFloatTimeIsItsShortestDecimal() {
        assertThat(Time.ofDouble(0.1).seconds()).isEqualByComparingTo("0.1");
        assertThat(Time.ofDouble(2.0).seconds().toPlainString()).isEqualTo("2");
        assertThat(Time.ofDouble(1.5).nanos()).isEqualTo(1_500_000_000L);
        assertThat(Time.ofDouble(1e300).nanos()).isEqualTo(Long.MAX_VALUE);
    }
}
