package deferredsim.core.time;

import java.math.BigDecimal;

/**
 * Python's text for a float: {@link #repr(double)} is exactly what {@code repr(x)} (and {@code
 * str(x)}) returns in Python 3, so times print in a trace the way Twisted's clock shows them.
 *
 * <p>The class has static methods only.
 */
public final class PythonFloat {
    /*
     * Overview: Python's repr is the shortest decimal that reads back as the same double (David
     * Gay's dtoa, mode 0), the nearest to it among the shortest ones. Java 19+ Double.toString gives
     * the same digits with one exception: when a single digit would do, Java may choose two digits
     * that lie closer (4.9E-324 where Python writes 5e-324), so a two-digit answer is checked for a
     * one-digit one. The digits are then laid out as Python does (format_float_short in
     * Python/pystrtod.c): positional notation while -4 < decpt <= 16, exponent notation otherwise,
     * where the value is 0.DIGITS times ten to the decpt.
     */

    private PythonFloat() {}

    /**
     * Returns {@code repr(x)} as Python 3 writes it: {@code 0.1}, {@code 2.0}, {@code
     * 0.30000000000000004}, {@code 1e+16}, {@code 1e-05}, {@code 5e-324}, {@code inf}, {@code nan},
     * {@code -0.0}.
     */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) == 0 ? "0.0" : "-0.0";
        }
        String sign = x < 0 ? "-" : "";
        double magnitude = Math.abs(x);
        if (magnitude < 1e16 && magnitude == Math.rint(magnitude)) {
            return sign + (long) magnitude + ".0";
        }
        Digits digits = shortestDigits(magnitude);
        return sign + layOut(digits.digits, digits.decimalPoint);
    }

    /**
     * Returns {@code repr(x)} without the {@code .0} Python puts after a whole number in positional
     * notation: the canonical form of a time in a trace ({@code 0}, {@code 2}, {@code 0.5}, {@code
     * 1e+16}).
     */
    public static String reprWithoutPointZero(double x) {
        String repr = repr(x);
        return repr.endsWith(".0") ? repr.substring(0, repr.length() - 2) : repr;
    }

    /** A decimal 0.DIGITS times ten to the {@code decimalPoint}: digits without leading or trailing zeros. */
    private record Digits(String digits, int decimalPoint) {}

    private static Digits shortestDigits(double magnitude) {
        Digits java = javaDigits(Double.toString(magnitude));
        if (java.digits.length() != 2) {
            return java;
        }
        // Java may prefer two close digits where one would also read back as the same double.
        BigDecimal exact = new BigDecimal(magnitude);
        int first = java.digits.charAt(0) - '0';
        Digits best = null;
        BigDecimal bestDistance = null;
        for (int digit = first; digit <= first + 1; digit++) {
            Digits candidate =
                    digit == 10 ? new Digits("1", java.decimalPoint + 1) : new Digits("" + digit, java.decimalPoint);
            BigDecimal value = new BigDecimal("0." + candidate.digits).scaleByPowerOfTen(candidate.decimalPoint);
            if (value.doubleValue() == magnitude) {
                BigDecimal distance = value.subtract(exact).abs();
                if (best == null || distance.compareTo(bestDistance) < 0) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best != null ? best : java;
    }

    /** The digits of Java's {@code Double.toString} of a positive finite double ({@code 1.25E-5}, {@code 0.001}). */
    private static Digits javaDigits(String text) {
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
        int point = mantissa.indexOf('.');
        String all = mantissa.substring(0, point) + mantissa.substring(point + 1);
        int decimalPoint = point + exponent;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        decimalPoint -= lead;
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(all.substring(lead, end), decimalPoint);
    }

    private static String layOut(String digits, int decimalPoint) {
        int n = digits.length();
        if (decimalPoint > -4 && decimalPoint <= 16) {
            if (decimalPoint <= 0) {
                return "0." + "0".repeat(-decimalPoint) + digits;
            } else if (decimalPoint >= n) {
                return digits + "0".repeat(decimalPoint - n) + ".0";
            }
            return digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
        }
        int exponent = decimalPoint - 1;
        String mantissa = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String power = Integer.toString(Math.abs(exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (power.length() < 2 ? "0" : "") + power;
    }
}
