package deferredsim.lessons.internal;

import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.PairWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a chain the learner typed: pairs {@code CALLBACK ERRBACK} separated by {@code ;} or line
 * breaks, each member {@code return V}, {@code fail V}, {@code passthru} or {@code defer NAME} (any
 * prefix of the keyword, e.g. {@code r a p; p r c}). A {@code |} between the members is allowed.
 */
final class ChainInput {
    /** A chain that could not be read; the message says which pair and what was expected. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private ChainInput() {}

    static List<PairSpec> parse(String text) throws Unreadable {
        List<PairSpec> pairs = new ArrayList<>();
        String[] parts = text.split("[;\\n]");
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            pairs.add(pair(part, pairs.size() + 1));
        }
        if (pairs.isEmpty()) {
            throw new Unreadable("Write at least one pair, e.g. r a p; p r c.");
        }
        return pairs;
    }

    private static PairSpec pair(String text, int number) throws Unreadable {
        List<PairWords.Word> words = PairWords.split(text.replace('|', ' '));
        int end = words.isEmpty() ? 1 : words.get(words.size() - 1).end();
        try {
            return PairWords.parse(words, end, true);
        } catch (PairWords.PairWordsException unreadable) {
            throw explained(unreadable.problem(), text, words, number);
        }
    }

    /** The problem of pair {@code number} in a lesson's words. */
    private static Unreadable explained(
            PairWords.Problem problem, String text, List<PairWords.Word> words, int number) {
        return new Unreadable(
                switch (problem) {
                    case PairWords.Problem.Empty empty ->
                        "Pair " + number + " needs its callback: return V, fail V, passthru or defer NAME.";
                    case PairWords.Problem.MissingMember missing ->
                        "Pair " + number + " needs its " + missing.member()
                                + ": return V, fail V, passthru or defer NAME.";
                    case PairWords.Problem.NotAStage wrong ->
                        "Pair " + number + ": expected the " + wrong.member()
                                + " as return V, fail V, passthru or defer NAME, not '" + wrong.word() + "'.";
                    case PairWords.Problem.MissingArgument bare ->
                        "Pair " + number + ": '" + bare.typed() + "' needs a value after it.";
                    case PairWords.Problem.LeftOver extra ->
                        "Pair " + number + " (" + text.strip() + ") has more than a callback and an errback: '"
                                + String.join(
                                        " ",
                                        words.stream()
                                                .filter(w -> w.column() >= extra.column())
                                                .map(PairWords.Word::text)
                                                .toList())
                                + "' is left over (values cannot contain spaces).";
                });
    }

    /** The chain written back in the short form learners type: {@code r a p; p r c}. */
    static String write(List<PairSpec> pairs) {
        List<String> written = new ArrayList<>();
        for (PairSpec pair : pairs) {
            written.add(shortForm(pair.callback()) + " " + shortForm(pair.errback()));
        }
        return String.join("; ", written);
    }

    private static String shortForm(MemberSpec stage) {
        String canonical = stage.toString();
        int space = canonical.indexOf(' ');
        return space < 0 ? "p" : canonical.charAt(0) + canonical.substring(space);
    }
}
