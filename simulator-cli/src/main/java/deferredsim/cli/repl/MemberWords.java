package deferredsim.cli.repl;

import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairWords;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage keywords at the prompt: {@code return V}, {@code fail V}, {@code passthru}, {@code
 * defer NAME}, each by any prefix in any case.
 */
final class MemberWords {
    static final List<String> KEYWORDS = PairWords.KEYWORDS;

    private MemberWords() {}

    /** The keyword {@code word} abbreviates, or null. */
    static String keyword(String word) {
        return PairWords.keyword(word, true);
    }

    /**
     * Reads one stage starting at token {@code at}, with the core's {@link PairWords}.
     *
     * @return the stage and the index of the token after it
     * @throws InputError naming the column and what was expected
     */
    static Parsed read(Tokens tokens, int at, String which) throws InputError {
        List<PairWords.Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            words.add(new PairWords.Word(tokens.text(i), tokens.get(i).column()));
        }
        try {
            PairWords.Reading read = PairWords.member(words, at, which, tokens.endColumn(), true);
            return new Parsed(read.stage(), read.next());
        } catch (PairWords.PairWordsException unreadable) {
            throw explained(unreadable.problem());
        }
    }

    private static InputError explained(PairWords.Problem problem) {
        return switch (problem) {
            case PairWords.Problem.NotAStage wrong -> {
                String hint = Suggestions.nearest(wrong.word(), KEYWORDS)
                        .map(w -> " Did you mean '" + w + "'?")
                        .orElse("");
                yield new InputError(
                        wrong.column(),
                        "'" + wrong.word() + "' is not a stage." + hint + " The " + wrong.member()
                                + " is return V, fail V, passthru or defer NAME (or r, f, p, d).");
            }
            case PairWords.Problem.MissingArgument bare -> {
                String what = bare.keyword().equals("defer") ? "the name of a deferred" : "a value";
                yield new InputError(
                        bare.column(),
                        bare.keyword() + " needs " + what + " after it, e.g. '" + example(bare.keyword()) + "'");
            }
            case PairWords.Problem.MissingMember missing ->
                new InputError(
                        missing.column(),
                        "the " + missing.member()
                                + " is missing: write return V, fail V, passthru or defer NAME (or r, f, p, d)");
            case PairWords.Problem.Empty empty -> new InputError(empty.column(), "no pair: write CALLBACK ERRBACK");
            case PairWords.Problem.LeftOver extra ->
                new InputError(extra.column(), "'" + extra.word() + "' is one word too many");
        };
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
    record Parsed(MemberSpec stage, int next) {}
}
