package deferredsim.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one reader of a callback/errback pair written as words, as learners type it everywhere: the
 * classic pipe ({@code r good f bad}), the prompt ({@code d x p}) and the lessons' build exercises.
 * Each member is {@code return V}, {@code fail V}, {@code passthru} or (where allowed) {@code defer
 * NAME}, each keyword by any prefix in any case; a value is the next word, whatever it holds.
 *
 * <p>A pair that cannot be read is reported as a typed {@link Problem} with its column; each caller
 * words it for its own place (the pipe, the prompt, a lesson).
 */
public final class PairWords {
    /** The member keywords, in the order a prefix is matched against them. */
    public static final List<String> KEYWORDS = List.of("return", "fail", "passthru", "defer");

    private PairWords() {}

    /** A word of the input and the 1-based column (in code points) where it starts. */
    public record Word(String text, int column) {
        /** The column just after the word. */
        public int end() {
            return column + (int) text.codePoints().count();
        }
    }

    /** Why a pair could not be read, and where. */
    public sealed interface Problem {
        /** The 1-based column the problem is at. */
        int column();

        /** No words at all. */
        record Empty(int column) implements Problem {}

        /** The callback or the errback is missing: the words ended before it. */
        record MissingMember(String member, int column) implements Problem {}

        /** A word where a member should start is not a stage keyword (or a prefix of one). */
        record NotAStage(String member, String word, int column) implements Problem {}

        /** {@code keyword} (return, fail or defer), written as {@code typed}, has no value or name after it. */
        record MissingArgument(String member, String keyword, String typed, int column) implements Problem {}

        /** Words follow the errback; {@code word} is the first of them. */
        record LeftOver(String word, int column) implements Problem {}
    }

    /** Thrown with the {@link Problem} of a pair that cannot be read. */
    public static final class PairWordsException extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        PairWordsException(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        /** What is wrong, and where. */
        public Problem problem() {
            return problem;
        }
    }

    /**
     * The stage keyword {@code word} abbreviates ({@code return}, {@code fail}, {@code passthru}, or
     * with {@code deferAllowed} also {@code defer}), or null.
     */
    public static String keyword(String word, boolean deferAllowed) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String keyword : KEYWORDS) {
            if (keyword.startsWith(lower) && (deferAllowed || !keyword.equals("defer"))) {
                return keyword;
            }
        }
        return null;
    }

    /** The words of {@code line}, split where Python's {@code str.split()} splits. */
    public static List<Word> split(String line) {
        List<Word> words = new ArrayList<>();
        int[] codePoints = line.codePoints().toArray();
        int i = 0;
        while (i < codePoints.length) {
            if (PythonWhitespace.isSpace(codePoints[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < codePoints.length && !PythonWhitespace.isSpace(codePoints[i])) {
                i++;
            }
            words.add(new Word(new String(codePoints, start, i - start), start + 1));
        }
        return words;
    }

    /**
     * Reads one whole pair from {@code words}; nothing may follow the errback.
     *
     * @param end the column just after the input, where a missing member or value is reported
     * @param deferAllowed whether {@code defer NAME} is a member here
     * @throws PairWordsException with the problem and its column
     */
    public static PairSpec parse(List<Word> words, int end, boolean deferAllowed) throws PairWordsException {
        if (words.isEmpty()) {
            throw new PairWordsException(new Problem.Empty(1));
        }
        Reading callback = member(words, 0, "callback", end, deferAllowed);
        Reading errback = member(words, callback.next(), "errback", end, deferAllowed);
        if (errback.next() < words.size()) {
            Word extra = words.get(errback.next());
            throw new PairWordsException(new Problem.LeftOver(extra.text(), extra.column()));
        }
        return new PairSpec(callback.stage(), errback.stage());
    }

    /**
     * Reads one member starting at word {@code at}.
     *
     * @return the stage and the index of the word after it
     * @throws PairWordsException with the problem and its column
     */
    public static Reading member(List<Word> words, int at, String member, int end, boolean deferAllowed)
            throws PairWordsException {
        if (at >= words.size()) {
            throw new PairWordsException(new Problem.MissingMember(member, end));
        }
        Word word = words.get(at);
        String keyword = keyword(word.text(), deferAllowed);
        if (keyword == null) {
            throw new PairWordsException(new Problem.NotAStage(member, word.text(), word.column()));
        }
        if (keyword.equals("passthru")) {
            return new Reading(MemberSpec.passthru(), at + 1);
        }
        if (at + 1 >= words.size()) {
            throw new PairWordsException(new Problem.MissingArgument(member, keyword, word.text(), end));
        }
        String argument = words.get(at + 1).text();
        MemberSpec stage = switch (keyword) {
            case "return" -> new MemberSpec.Return(argument);
            case "fail" -> new MemberSpec.Fail(argument);
            default -> new MemberSpec.Defer(argument);
        };
        return new Reading(stage, at + 2);
    }

    /** A member read, and the index of the first word after it. */
    public record Reading(MemberSpec stage, int next) {}
}
