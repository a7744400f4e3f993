package deferredsim.cli.classic;

import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.PythonWhitespace;
import deferredsim.core.scenario.StageSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Reads one line of the original simulator's input: a callback and an errback, each {@code return
 * VALUE}, {@code fail VALUE} or {@code passthru}, separated by whitespace.
 *
 * <p>Each keyword may be shortened to any prefix ({@code r}, {@code ret}, {@code f}, {@code pass},
 * ...) in any case. A value is the next word, whatever it holds ({@code *}, {@code None}, digits).
 * Unlike the original, which refused values longer than six characters, any length is accepted:
 * the diagram widens to fit. Whitespace around and between words is free. For example {@code r
 * good f bad}, {@code FAIL oops PASSTHRU}, {@code p Return None}.
 */
public final class PairLineParser {
    private static final String STAGES = "return VALUE, fail VALUE or passthru (or r, f, p)";
    private static final String EXAMPLE = "a pair line looks like 'r good f bad'";

    private PairLineParser() {}

    /**
     * Parses a pair line.
     *
     * @return the pair, with {@link StageSpec.Return}, {@link StageSpec.Fail} or {@link
     *     StageSpec.Passthru} members
     * @throws PairLineException if the line is blank, a word is not a keyword, a value is missing,
     *     a member is missing, or words follow the errback
     */
    public static PairSpec parse(String line) throws PairLineException {
        Deque<Word> words = Word.split(line);
        if (words.isEmpty()) {
            throw new PairLineException(
                    1, "the line has no callback and no errback", EXAMPLE + " (a completely empty line ends the list)");
        }
        int end = words.getLast().end();
        StageSpec callback = stage(words, "callback", end);
        StageSpec errback = stage(words, "errback", end);
        if (!words.isEmpty()) {
            Word extra = words.peek();
            throw new PairLineException(
                    extra.column(),
                    "unexpected '" + extra.text() + "' after the errback",
                    "a line holds one callback and one errback, nothing more");
        }
        return new PairSpec(callback, errback);
    }

    private static StageSpec stage(Deque<Word> words, String member, int end) throws PairLineException {
        Word keyword = words.poll();
        if (keyword == null) {
            throw new PairLineException(end, "the " + member + " is missing", "add " + STAGES + "; " + EXAMPLE);
        }
        String word = keyword.text().toLowerCase(Locale.ROOT);
        if ("passthru".startsWith(word)) {
            return StageSpec.passthru();
        }
        boolean returns = "return".startsWith(word);
        if (!returns && !"fail".startsWith(word)) {
            throw new PairLineException(
                    keyword.column(), "the " + member + " '" + keyword.text() + "' is not a stage", "write " + STAGES);
        }
        String name = returns ? "return" : "fail";
        Word value = words.poll();
        if (value == null) {
            throw new PairLineException(end, "'" + name + "' needs a value", "write e.g. '" + name + " good'");
        }
        return returns ? new StageSpec.Return(value.text()) : new StageSpec.Fail(value.text());
    }

    /** A run of non-whitespace characters and the 1-based column where it starts. */
    private record Word(String text, int column) {
        /** The column just after the word. */
        int end() {
            return column + TextCells.length(text);
        }

        /** The words of {@code line}, split at whitespace as Python's {@code str.split()} does. */
        static Deque<Word> split(String line) {
            Deque<Word> words = new ArrayDeque<>();
            int[] codePoints = line.codePoints().toArray();
            int i = 0;
            while (i < codePoints.length) {
                if (isSpace(codePoints[i])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < codePoints.length && !isSpace(codePoints[i])) {
                    i++;
                }
                words.add(new Word(new String(codePoints, start, i - start), start + 1));
            }
            return words;
        }

        private static boolean isSpace(int codePoint) {
            return PythonWhitespace.isSpace(codePoint);
        }
    }
}
