package deferredsim.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonFloatTest {
    /**
     * When any of 6,674 doubles (random bit patterns, sums of decimals, powers of ten around the
     * notation switches, subnormals) is printed, then the text equals what Python 3's repr() wrote
     * for it.
     */
    @Test
    void repr_matchesPythonOnAFixtureOfDoubles() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : fixture()) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" ");
            double x = Double.longBitsToDouble(HexFormat.fromHexDigitsToLong(parts[0]));
            checked++;
            if (!PythonFloat.repr(x).equals(parts[1])) {
                mismatches.add(parts[0] + ": Python " + parts[1] + ", Java " + PythonFloat.repr(x));
            }
        }
        assertThat(checked).isEqualTo(6674);
        assertThat(mismatches).isEmpty();
    }

    /** When Python switches notation (decimal point at -4 and 16), then repr switches at the same place. */
    @Test
    void repr_switchesNotationWherePythonDoes() {
        assertThat(PythonFloat.repr(1e16)).isEqualTo("1e+16");
        assertThat(PythonFloat.repr(1e15)).isEqualTo("1000000000000000.0");
        assertThat(PythonFloat.repr(0.0001)).isEqualTo("0.0001");
        assertThat(PythonFloat.repr(0.00001)).isEqualTo("1e-05");
        assertThat(PythonFloat.repr(1.5e300)).isEqualTo("1.5e+300");
        assertThat(PythonFloat.repr(Double.MIN_VALUE)).isEqualTo("5e-324");
    }

    /** When a float is whole, then the trace form drops Python's ".0" and keeps everything else. */
    @Test
    void reprWithoutPointZero_dropsOnlyTheTrailingPointZero() {
        assertThat(PythonFloat.reprWithoutPointZero(2.0)).isEqualTo("2");
        assertThat(PythonFloat.reprWithoutPointZero(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PythonFloat.reprWithoutPointZero(1e16)).isEqualTo("1e+16");
        assertThat(PythonFloat.reprWithoutPointZero(1e10)).isEqualTo("10000000000");
        assertThat(PythonFloat.reprWithoutPointZero(0.0)).isEqualTo("0");
    }

    /** When the value is not a finite positive number, then repr writes Python's words for it. */
    @Test
    void repr_writesPythonsSpecialValues() {
        assertThat(PythonFloat.repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(PythonFloat.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(PythonFloat.repr(Double.NaN)).isEqualTo("nan");
        assertThat(PythonFloat.repr(-0.0)).isEqualTo("-0.0");
        assertThat(PythonFloat.repr(-2.5)).isEqualTo("-2.5");
    }

    private static List<String> fixture() throws IOException {
        try (InputStream in = PythonFloatTest.class.getResourceAsStream("/python/float-repr.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
