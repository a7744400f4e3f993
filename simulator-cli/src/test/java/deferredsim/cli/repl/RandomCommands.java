package deferredsim.cli.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Random lines for the prompt, as a new user types them: mostly commands and pair lines that make
 * sense, with random names, values, times and numbers, some of them mutated (a character dropped,
 * doubled or replaced by a control character, an emoji, a quote), plus the reproducers.
 * Files are read from the test data and written only under {@code dir}. Deterministic for a seed.
 */
final class RandomCommands {
    /** The longest run of letters a mutation adds to the end of a line. */
    private static final int LONGEST_TAIL = 600;

    private static final List<String> NAMES = List.of("d", "x", "y", "a", "b", "g", "L", "zz", "中", "n\u001b[2J");
    private static final List<String> VALUES =
            List.of("v", "good", "bad", "None", "*", "it's", "\"q\"", "a\\b", "é", "🎉", "x\u202ey", "0", "-1");
    private static final List<String> TIMES =
            List.of("0", "1", "2", "0.5", "1.25", "3600", "5000000000", "1e3", "-1", "0.0000000001", "x");
    private static final List<String> STAGES = List.of("r", "return", "f", "fail", "p", "passthru", "d", "defer");
    private static final List<String> PLAIN = List.of(
            "list",
            "",
            "show",
            "narrow",
            "wide",
            "trace",
            "timeline",
            "explain",
            "explore",
            "at",
            "help",
            "lesson",
            "hint",
            "why",
            "answer 1",
            "compare split",
            "step",
            "step errback",
            "clear",
            "help at",
            "help pairs",
            "quit");
    private static final List<String> MUTATIONS = List.of(
            "\u0000", "\u0007", "\u001b", "\u007f", "'", "\"", "\\", "  ", "\t", "é", "中", "🎉", "\u202e", ";", ",");

    private final Random random;
    private final Path dir;
    private final List<Path> readable;

    RandomCommands(long seed, Path dir, List<Path> readable) {
        this.random = new Random(seed);
        this.dir = dir;
        this.readable = readable;
    }

    /** The next line to type (without its line end). */
    String next() {
        String line = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4 -> pair();
            case 5 -> "use " + pick(NAMES);
            case 6 ->
                "fire " + maybe(pick(NAMES) + " ") + pick(List.of("callback", "errback", "c", "e", "none", "zz")) + " "
                        + pick(VALUES) + maybe(" after " + pick(TIMES));
            case 7 ->
                "at " + pick(TIMES) + " " + pick(List.of("cancel", "pause", "unpause", "fire", "add", "poke")) + " "
                        + pick(NAMES) + maybe(" callback " + pick(VALUES)) + maybe(" " + pair());
            case 8 ->
                pick(List.of("edit", "delete", "insert", "unat", "exercise", "lesson")) + " " + random.nextInt(6)
                        + maybe(" " + pair());
            case 9 ->
                pick(List.of("dlist", "gather")) + " " + pick(NAMES) + " " + pick(NAMES) + maybe(" " + pick(NAMES))
                        + maybe(" fireOnOneCallback") + maybe(" consumeErrors");
            case 10 ->
                "inline " + pick(NAMES) + " yield " + pick(NAMES) + maybe(" catch") + "; "
                        + pick(List.of("return", "raise", "yield")) + " " + pick(VALUES);
            case 11 ->
                "canceller " + maybe(pick(NAMES) + " ")
                        + pick(List.of("nothing", "callback v", "errback e", "none", "maybe"));
            case 12 -> "save " + file();
            case 13 ->
                "load "
                        + (random.nextBoolean()
                                ? file()
                                : FileArgument.quote(pick(readable).toString()));
            case 14 -> "export " + pick(List.of("python", "trace", "text", "pdf")) + " " + file();
            case 15 -> "compare " + pair() + " ; " + pair() + maybe(", " + pair());
            case 16 -> "drop " + pick(NAMES);
            default -> pick(PLAIN);
        };
        return random.nextInt(8) == 0 ? mutate(line) : line;
    }

    private String pair() {
        return pick(STAGES) + " " + pick(VALUES) + " " + pick(STAGES) + " " + pick(VALUES);
    }

    private String file() {
        String name = pick(List.of("a.json", "my file.json", "it's.json", "sub/x.json", "../escape.json", "é.json"));
        Path path = dir.resolve(name);
        return switch (random.nextInt(3)) {
            case 0 -> FileArgument.quote(path.toString());
            case 1 -> "'" + path.toString().replace("'", "") + "'";
            default -> "\"" + path + "\"";
        };
    }

    private String mutate(String line) {
        if (line.isEmpty()) {
            return pick(MUTATIONS);
        }
        int at = random.nextInt(line.length());
        return switch (random.nextInt(4)) {
            case 0 -> line.substring(0, at) + line.substring(at + 1);
            case 1 -> line.substring(0, at) + line.charAt(at) + line.substring(at);
            case 2 -> line.substring(0, at) + pick(MUTATIONS) + line.substring(at);
            // Long enough to wrap over several rows of the 100-column test terminal. JLine redraws
            // the whole line after each typed character, so typing a line costs its length squared.
            default -> line + " " + "w".repeat(random.nextInt(LONGEST_TAIL));
        };
    }

    private String maybe(String text) {
        return random.nextBoolean() ? text : "";
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
