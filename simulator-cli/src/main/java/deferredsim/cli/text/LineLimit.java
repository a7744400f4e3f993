package deferredsim.cli.text;

import java.util.Locale;
import java.util.Map;

/**
 * The longest line the simulator takes as typed or piped input (pair lines, commands): 10,000
 * characters unless the environment variable {@code DEFERRED_SIM_MAX_LINE} (or the system property
 * {@code deferredsim.maxLine}) says otherwise. A value longer than a screen cannot be drawn in a
 * box anyway; the limit keeps a pasted or piped multi-megabyte line from filling the memory.
 *
 * <p>Instances are immutable; {@link #fromEnvironment()} reads the setting, {@link #of(int)} fixes
 * one (for tests).
 */
public final class LineLimit {
    /** The limit when nothing else is set. */
    public static final int DEFAULT = 10_000;

    /** The environment variable that raises (or lowers) the limit. */
    public static final String VARIABLE = "DEFERRED_SIM_MAX_LINE";

    private final int characters;

    private LineLimit(int characters) {
        this.characters = characters;
    }

    /**
     * The limit of this process: {@code -Ddeferredsim.maxLine=N}, else {@code $DEFERRED_SIM_MAX_LINE},
     * else {@link #DEFAULT}; settings that are not a positive number are ignored.
     */
    public static LineLimit fromEnvironment() {
        return fromSettings(System.getProperty("deferredsim.maxLine"), System.getenv());
    }

    static LineLimit fromSettings(String property, Map<String, String> env) {
        for (String setting : new String[] {property, env.get(VARIABLE)}) {
            try {
                if (setting != null && Integer.parseInt(setting.strip()) > 0) {
                    return new LineLimit(Integer.parseInt(setting.strip()));
                }
            } catch (NumberFormatException ignored) {
                // not a number: the next setting, or the default
            }
        }
        return new LineLimit(DEFAULT);
    }

    /** A limit of {@code characters}. */
    public static LineLimit of(int characters) {
        if (characters <= 0) {
            throw new IllegalArgumentException("a line limit is at least 1 character, not " + characters);
        }
        return new LineLimit(characters);
    }

    /** The most characters a line may have. */
    public int characters() {
        return characters;
    }

    /** True when a line of {@code length} characters is over the limit. */
    public boolean exceededBy(long length) {
        return length > characters;
    }

    /** What to tell the user about a line of {@code length} characters: the limit and how to raise it. */
    public String message(long length) {
        return String.format(
                Locale.ROOT,
                "the line is %,d characters long, over the limit of %,d characters for one line"
                        + " (raise it with %s=N in the environment)",
                length,
                characters,
                VARIABLE);
    }
}
