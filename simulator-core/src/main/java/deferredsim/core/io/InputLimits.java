package deferredsim.core.io;

import java.util.Locale;

/**
 * The limits every reader of user files applies, so that a huge or hostile file is refused with a
 * clear message instead of exhausting memory or the stack. Each limit has a default and a system
 * property that raises (or lowers) it; an unset, unparsable or non-positive property means the
 * default. The messages name the limit and the property.
 *
 * <p>With {@code ./deferred-sim}, set a property through the JVM's own variable, for example
 * {@code JAVA_TOOL_OPTIONS=-Ddeferredsim.input.maxBytes=100000000 ./deferred-sim trace big.json}.
 */
public final class InputLimits {
    /** The property for the largest file read, in bytes. */
    public static final String MAX_BYTES_PROPERTY = "deferredsim.input.maxBytes";

    /** The default largest file: 16 MiB, hundreds of times the largest scenario or lesson written so far. */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    /** The property for the deepest nesting of JSON arrays and objects. */
    public static final String MAX_DEPTH_PROPERTY = "deferredsim.input.maxDepth";

    /** The default deepest nesting: 256 (a scenario needs 4). */
    public static final int DEFAULT_MAX_DEPTH = 256;

    /** The property for the most JSON values (strings, numbers, arrays, ...) in one file. */
    public static final String MAX_VALUES_PROPERTY = "deferredsim.input.maxValues";

    /**
     * The default most JSON values in one file: half a million, room for a scenario of 50,000
     * deferreds, while parsing the worst file within the limits stays under 96 MB of heap.
     */
    public static final int DEFAULT_MAX_VALUES = 500_000;

    private InputLimits() {}

    /** The largest number of bytes a file may have: {@value #MAX_BYTES_PROPERTY}, else 16 MiB. */
    public static long maxBytes() {
        return positive(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES, Long.MAX_VALUE - 1);
    }

    /** The deepest nesting of JSON arrays and objects: {@value #MAX_DEPTH_PROPERTY}, else 256. */
    public static int maxDepth() {
        return (int) positive(MAX_DEPTH_PROPERTY, DEFAULT_MAX_DEPTH, 100_000);
    }

    /** The most JSON values in one text: {@value #MAX_VALUES_PROPERTY}, else half a million. */
    public static int maxValues() {
        return (int) positive(MAX_VALUES_PROPERTY, DEFAULT_MAX_VALUES, Integer.MAX_VALUE);
    }

    /** How to change the limit kept in {@code property}, for the end of a message. */
    public static String howToRaise(String property) {
        return "to allow more, set the system property " + property + " (for ./deferred-sim: JAVA_TOOL_OPTIONS=-D"
                + property + "=N)";
    }

    /** {@code bytes} for people: {@code 16 MiB (16777216 bytes)}. */
    public static String describeBytes(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return String.format(Locale.ROOT, "%d MiB (%d bytes)", bytes >> 20, bytes);
        }
        return String.format(Locale.ROOT, "%d bytes", bytes);
    }

    private static long positive(String property, long fallback, long most) {
        String text = System.getProperty(property);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value > 0 ? Math.min(value, most) : fallback;
        } catch (NumberFormatException unparsable) {
            return fallback;
        }
    }
}
