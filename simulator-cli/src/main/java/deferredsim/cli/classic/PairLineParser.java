package deferredsim.cli.classic;

import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import deferredsim.core.scenario.PairWords;
import java.util.List;

/**
 * Reads one line of the original simulator's input: a callback and an errback, each {@code return
 * VALUE}, {@code fail VALUE} or {@code passthru}, separated by whitespace. The words are read by the
 * core's {@link PairWords} (without {@code defer}); this class words its problems as the pipe does.
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
     * @return the pair, with {@link MemberSpec.Return}, {@link MemberSpec.Fail} or {@link
     *     MemberSpec.Passthru} members
     * @throws PairLineException if the line is blank, a word is not a keyword, a value is missing,
     *     a member is missing, or words follow the errback
     */
    public static PairSpec parse(String line) throws PairLineException {
        List<PairWords.Word> words = PairWords.split(line);
        int end = words.isEmpty() ? 1 : end(words.get(words.size() - 1));
        try {
            return PairWords.parse(words, end, false);
        } catch (PairWords.PairWordsException unreadable) {
            throw explained(unreadable.problem());
        }
    }

    /** The column just after {@code word}, counted as Python's {@code len()} counts. */
    private static int end(PairWords.Word word) {
        return word.column() + TextCells.length(word.text());
    }

    private static PairLineException explained(PairWords.Problem problem) {
        return switch (problem) {
            case PairWords.Problem.Empty empty ->
                new PairLineException(
                        1,
                        "the line has no callback and no errback",
                        EXAMPLE + " (a completely empty line ends the list)");
            case PairWords.Problem.MissingMember missing ->
                new PairLineException(
                        missing.column(), "the " + missing.member() + " is missing", "add " + STAGES + "; " + EXAMPLE);
            case PairWords.Problem.NotAStage wrong ->
                new PairLineException(
                        wrong.column(),
                        "the " + wrong.member() + " '" + wrong.word() + "' is not a stage",
                        "write " + STAGES);
            case PairWords.Problem.MissingArgument bare ->
                new PairLineException(
                        bare.column(),
                        "'" + bare.keyword() + "' needs a value",
                        "write e.g. '" + bare.keyword() + " good'");
            case PairWords.Problem.LeftOver extra ->
                new PairLineException(
                        extra.column(),
                        "unexpected '" + extra.word() + "' after the errback",
                        "a line holds one callback and one errback, nothing more");
        };
    }
}
