package deferredsim.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import deferredsim.core.scenario.ScenarioException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Support for the fuzz tests (QuickTheories property tests that feed readers random and mutated
 * input): how many inputs to try, generators of hostile text, and the checks every rejection must
 * pass.
 *
 * <p>A build runs a short fuzz (a few seconds per module). {@code -Pfuzz-long} runs twenty times
 * as many inputs per property ({@code -Dfuzz.scale=K} for K times), {@code -Dfuzz.examples=N}
 * exactly N; {@code -Dfuzz.seed=S} changes the seed (by default fixed, so a failure found is found
 * again). Each test prints how many
 * inputs it tried on standard output ({@code fuzz: NAME tried N inputs}).
 */
public final class Fuzz {
    /** The most one input may take before it counts as a hang. */
    public static final Duration BUDGET = Duration.ofSeconds(10);

    /** Text that breaks readers: odd numbers, odd strings, odd nesting, odd whitespace. */
    private static final List<String> HOSTILE = List.of(
            "1e400",
            "-1",
            "-0",
            "1e-400",
            "0.1",
            "1e308",
            "1.7976931348623157e308",
            "4.9e-324",
            "1e16",
            "9e18",
            "123456789012345678901234567890",
            "0.30000000000000004",
            "1e2147483647",
            "-1e-2147483648",
            "01",
            "1.",
            ".5",
            "+1",
            "NaN",
            "Infinity",
            "\"\"",
            "\" \"",
            "\"x y\"",
            "\"x\\u00a0y\"",
            "\"x\\u0085y\"",
            "\"x\\u2007y\"",
            "\"x\\u202fy\"",
            "\"\\u0000\"",
            "\"\\u001b[31m\"",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "\"\u00e9\"",
            "\"\ud83d\ude00\"",
            "\"\u007f\"",
            "\"callback\"",
            "\"errback\"",
            "\"nothing\"",
            "\"callback v\"",
            "\"errback\u00a0v\"",
            "\"return v\"",
            "\"r\u2007v\"",
            "\"fail x\"",
            "\"p\"",
            "\"passthru x\"",
            "\"defer d\"",
            "\"d x\"",
            "\"yield x\"",
            "\"yield x catch\"",
            "\"raise e\"",
            "\"return\u0085v\"",
            "null",
            "true",
            "false",
            "[]",
            "{}",
            "[[]]",
            "{\"a\":1}",
            "[\"r a\", \"f b\"]",
            "\"deferred-scenario/1\"",
            "\"reactor-scenario/1\"",
            "\"d\"",
            "\"x\"",
            "\"g\"",
            "\"L\"",
            "\"" + "v".repeat(5000) + "\"",
            "[" + "[".repeat(300) + "]".repeat(300) + "]",
            "\"\\\"",
            "\"\\",
            "\u00a0",
            "\u2028",
            "\uFEFF",
            "\r\n",
            "\t",
            "\u0000");

    private static final String NOISE = "{}[],:\"\\ -+0123456789.eEabtrufnl\n\r\t\u00a0\u00e9\uFEFF";

    private Fuzz() {}

    /**
     * The number of inputs per property: {@code fuzz.examples} when set (above 0), else {@code
     * quick} times {@code fuzz.scale} (1 unless set; the {@code fuzz-long} profile sets 20).
     */
    public static int examples(int quick) {
        int asked = Integer.getInteger("fuzz.examples", 0);
        int scale = Integer.getInteger("fuzz.scale", 1);
        return asked > 0 ? asked : quick * Math.max(1, scale);
    }

    /** The seed of the generators: {@code fuzz.seed} when set, else a fixed one. */
    public static long seed() {
        return Long.getLong("fuzz.seed", 20261201L);
    }

    /** Runs {@code check} on one input, failing it if it takes longer than {@link #BUDGET}. */
    public static void withinBudget(String input, Executable check) {
        assertTimeoutPreemptively(BUDGET, check, () -> "took longer than " + BUDGET + " on: " + abbreviate(input));
    }

    /** Prints how many inputs a fuzz test tried, for the build log and the long run's figures. */
    public static void report(String name, AtomicLong tried) {
        System.out.println("fuzz: " + name + " tried " + tried.get() + " inputs");
    }

    /** The texts of the files under a test resource directory whose names end with {@code suffix}. */
    public static List<String> texts(Path dir, String suffix) {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return texts;
    }

    /**
     * One of {@code seeds}, mutated one to four times: characters deleted or inserted, a JSON token
     * (number, string, literal) replaced by a hostile one, a line duplicated, or a stretch cut out.
     */
    public static Gen<String> mutated(List<String> seeds) {
        return mutated(Generate.pick(seeds));
    }

    /** A text from {@code seeds}, mutated one to four times as {@link #mutated(List)} does. */
    public static Gen<String> mutated(Gen<String> seeds) {
        return in -> {
            StringBuilder text = new StringBuilder(seeds.generate(in));
            for (int edits = Generate.range(1, 4).generate(in); edits > 0; edits--) {
                int kind = Generate.range(0, 5).generate(in);
                int at = text.isEmpty()
                        ? 0
                        : Generate.range(0, text.length() - 1).generate(in);
                switch (kind) {
                    case 0 -> {
                        if (!text.isEmpty()) {
                            text.deleteCharAt(at);
                        }
                    }
                    case 1 ->
                        text.insert(
                                at,
                                NOISE.charAt(
                                        Generate.range(0, NOISE.length() - 1).generate(in)));
                    case 2, 3 -> replaceToken(text, at, Generate.pick(HOSTILE).generate(in));
                    case 4 -> duplicateLine(text, at);
                    default -> {
                        int end = Math.min(
                                text.length(), at + Generate.range(1, 40).generate(in));
                        text.delete(at, end);
                    }
                }
            }
            return text.toString();
        };
    }

    /** Any text: random characters from the whole of Unicode, JSON punctuation and hostile tokens. */
    public static Gen<String> anyText() {
        return in -> {
            StringBuilder text = new StringBuilder();
            for (int n = Generate.range(0, 30).generate(in); n > 0; n--) {
                switch (Generate.range(0, 2).generate(in)) {
                    case 0 ->
                        text.append(NOISE.charAt(
                                Generate.range(0, NOISE.length() - 1).generate(in)));
                    case 1 ->
                        text.appendCodePoint(
                                randomCodePoint(Generate.range(0, 0x10ffff).generate(in)));
                    default -> text.append(Generate.pick(HOSTILE).generate(in));
                }
            }
            return text.toString();
        };
    }

    /**
     * Checks that a rejection names its place: a one-line message starting {@code line:column: },
     * with a positive line and column, and (when it has one) a JSON path starting with {@code $}
     * that the message shows.
     */
    public static void assertPlaced(ScenarioException rejection) {
        assertThat(rejection.getMessage()).matches("\\d+:\\d+: [^\\n\\r]+");
        assertThat(rejection.line()).isPositive();
        assertThat(rejection.column()).isPositive();
        if (!rejection.path().isEmpty()) {
            assertThat(rejection.path()).startsWith("$");
            assertThat(rejection.getMessage()).contains(rejection.path() + ": ");
        }
    }

    /** {@code text} cut to 300 characters, for failure messages. */
    public static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "... (" + text.length() + " characters)";
    }

    private static int randomCodePoint(int candidate) {
        return Character.isSurrogate((char) candidate) && candidate <= 0xffff ? 0xfffd : candidate;
    }

    /** Replaces the JSON token around {@code at} (a number, a string or a literal) with {@code replacement}. */
    private static void replaceToken(StringBuilder text, int at, String replacement) {
        if (text.isEmpty()) {
            text.append(replacement);
            return;
        }
        int start = at;
        int end = at;
        char c = text.charAt(at);
        if (c == '"') {
            end = text.indexOf("\"", at + 1);
            end = end < 0 ? text.length() : end + 1;
        } else if (Character.isLetterOrDigit(c) || c == '-' || c == '.') {
            while (start > 0 && isTokenChar(text.charAt(start - 1))) {
                start--;
            }
            while (end < text.length() && isTokenChar(text.charAt(end))) {
                end++;
            }
        } else {
            end = at + 1;
        }
        text.replace(start, end, replacement);
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '+';
    }

    private static void duplicateLine(StringBuilder text, int at) {
        int start = text.lastIndexOf("\n", at) + 1;
        int end = text.indexOf("\n", at);
        end = end < 0 ? text.length() : end + 1;
        text.insert(end, text.substring(start, end));
    }
}
