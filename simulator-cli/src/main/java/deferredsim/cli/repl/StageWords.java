package deferredsim.cli.repl;

import deferredsim.core.scenario.StageSpec;
import java.util.List;
import java.util.Locale;

/**
 * The stage keywords at the prompt: {@code return V}, {@code fail V}, {@code passthru}, {@code
 * defer NAME}, each by any prefix in any case.
 */
final class StageWords {
    static final List<String> KEYWORDS = List.of("return", "fail", "passthru", "defer");

    private StageWords() {}

    /** The keyword {@code word} abbreviates, or null. */
    static String keyword(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String keyword : KEYWORDS) {
            if (keyword.startsWith(lower)) {
                return keyword;
            }
        }
        return null;
    }

    /**
     * Reads one stage starting at token {@code at}.
     *
     * @return the stage and the index of the token after it
     * @throws InputError naming the column and what was expected
     */
    static Parsed read(Tokens tokens, int at, String which) throws InputError {
        if (at >= tokens.size()) {
            throw new InputError(
                    tokens.endColumn(),
                    "the " + which + " is missing: write return V, fail V, passthru or defer NAME (or r, f, p, d)");
        }
        String word = tokens.text(at);
        String keyword = keyword(word);
        if (keyword == null) {
            String hint = Suggestions.nearest(word, KEYWORDS)
                    .map(w -> " Did you mean '" + w + "'?")
                    .orElse("");
            throw new InputError(
                    tokens.get(at).column(),
                    "'" + word + "' is not a stage." + hint + " The " + which
                            + " is return V, fail V, passthru or defer NAME (or r, f, p, d).");
        }
        if (keyword.equals("passthru")) {
            return new Parsed(StageSpec.passthru(), at + 1);
        }
        if (at + 1 >= tokens.size()) {
            String what = keyword.equals("defer") ? "the name of a deferred" : "a value";
            throw new InputError(
                    tokens.endColumn(), keyword + " needs " + what + " after it, e.g. '" + example(keyword) + "'");
        }
        String argument = tokens.text(at + 1);
        StageSpec stage;
        switch (keyword) {
            case "return":
                stage = new StageSpec.Return(argument);
                break;
            case "fail":
                stage = new StageSpec.Fail(argument);
                break;
            default:
                stage = new StageSpec.Defer(argument);
        }
        return new Parsed(stage, at + 2);
    }

    private static String example(String keyword) {
        switch (keyword) {
            case "return":
                return "return good";
            case "fail":
                return "fail bad";
            default:
                return "defer x";
        }
    }

    /** A stage and the index of the first token after it. */
    record Parsed(StageSpec stage, int next) {}
}
