package deferredsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The one reader of pairs written as words, shared by the pipe, the prompt and the lessons. */
class PairWordsTest {

    /** When each member is written by any prefix in any case, then the pair is read with its values. */
    @Test
    void parse_prefixesInAnyCase_readsThePair() throws Exception {
        PairSpec pair = PairWords.parse(PairWords.split("RET good  p"), 12, true);

        assertThat(pair).isEqualTo(new PairSpec(new MemberSpec.Return("good"), MemberSpec.passthru()));
    }

    /** When defer is not allowed (the classic pipe), then 'd' is not a stage, at its column. */
    @Test
    void parse_deferWhereNotAllowed_isNotAStage() {
        PairWords.Problem problem = problemOf("d x p", false);

        assertThat(problem).isEqualTo(new PairWords.Problem.NotAStage("callback", "d", 1));
    }

    /** When defer is allowed (the prompt, the lessons), then 'd x' is a defer stage. */
    @Test
    void parse_deferWhereAllowed_readsIt() throws Exception {
        assertThat(PairWords.parse(PairWords.split("d x p"), 6, true).callback())
                .isEqualTo(new MemberSpec.Defer("x"));
    }

    /** If a value is missing, then the problem names the keyword as typed and the end of the input. */
    @Test
    void parse_missingValue_isReportedAtTheEnd() {
        assertThat(problemOf("p r", true))
                .isEqualTo(new PairWords.Problem.MissingArgument("errback", "return", "r", 4));
    }

    /** If words follow the errback, then the first of them is reported where it starts. */
    @Test
    void parse_wordsAfterTheErrback_areLeftOver() {
        assertThat(problemOf("p p extra", true)).isEqualTo(new PairWords.Problem.LeftOver("extra", 5));
    }

    /** When a line holds Python whitespace other than spaces (U+00A0), then it splits there, as str.split() does. */
    @Test
    void split_pythonWhitespace_separatesWords() {
        assertThat(PairWords.split("r\u00a0good\tf bad"))
                .extracting(PairWords.Word::text)
                .containsExactly("r", "good", "f", "bad");
    }

    private static PairWords.Problem problemOf(String line, boolean deferAllowed) {
        var words = PairWords.split(line);
        int end = words.isEmpty() ? 1 : words.get(words.size() - 1).end();
        return catchThrowableOfType(PairWords.PairWordsException.class, () -> PairWords.parse(words, end, deferAllowed))
                .problem();
    }
}
