package deferredsim.lessons.internal;

import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.StageSpec;
import deferredsim.core.scenario.StageSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        List<String> words =
                new ArrayList<>(List.of(text.replace('|', ' ').strip().split("\\s+")));
        String callback = member(words, number, "callback");
        String errback = member(words, number, "errback");
        if (!words.isEmpty()) {
            throw new Unreadable("Pair " + number + " (" + text.strip() + ") has more than a callback and an errback: '"
                    + String.join(" ", words) + "' is left over (values cannot contain spaces).");
        }
        try {
            return PairSpec.parse(callback, errback);
        } catch (StageSyntaxException broken) {
            throw new Unreadable("Pair " + number + ": " + broken.getMessage());
        }
    }

    private static String member(List<String> words, int number, String side) throws Unreadable {
        if (words.isEmpty() || words.get(0).isEmpty()) {
            throw new Unreadable(
                    "Pair " + number + " needs its " + side + ": return V, fail V, passthru or defer NAME.");
        }
        String keyword = words.remove(0);
        String lower = keyword.toLowerCase(Locale.ROOT);
        if ("passthru".startsWith(lower)) {
            return keyword;
        }
        if (!"return".startsWith(lower) && !"fail".startsWith(lower) && !"defer".startsWith(lower)) {
            throw new Unreadable("Pair " + number + ": expected the " + side
                    + " as return V, fail V, passthru or defer NAME, not '" + keyword + "'.");
        }
        if (words.isEmpty()) {
            throw new Unreadable("Pair " + number + ": '" + keyword + "' needs a value after it.");
        }
        return keyword + " " + words.remove(0);
    }

    /** The chain written back in the short form learners type: {@code r a p; p r c}. */
    static String write(List<PairSpec> pairs) {
        List<String> written = new ArrayList<>();
        for (PairSpec pair : pairs) {
            written.add(shortForm(pair.callback()) + " " + shortForm(pair.errback()));
        }
        return String.join("; ", written);
    }

    private static String shortForm(StageSpec stage) {
        String canonical = stage.toString();
        int space = canonical.indexOf(' ');
        return space < 0 ? "p" : canonical.charAt(0) + canonical.substring(space);
    }
}
