package deferredsim.cli.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairLineParserTest {
    // When both members are abbreviated to one letter, then they parse to the full stages.
    @Test
    void parse_oneLetterKeywords_givesFullStages() throws PairLineException {
        assertThat(PairLineParser.parse("r good f bad"))
                .isEqualTo(new PairSpec(new MemberSpec.Return("good"), new MemberSpec.Fail("bad")));
    }

    // When keywords are any prefix in any case, then they are recognised and the value keeps its case.
    @ParameterizedTest
    @ValueSource(strings = {"RETURN Abc PASSTHRU", "ret Abc p", "rEtUrN Abc PaSs", "Re Abc passthru"})
    void parse_prefixesInAnyCase_areRecognised(String line) throws PairLineException {
        assertThat(PairLineParser.parse(line))
                .isEqualTo(new PairSpec(new MemberSpec.Return("Abc"), MemberSpec.passthru()));
    }

    // When words are separated by runs of spaces and tabs, with spaces around the line, then they still parse.
    @Test
    void parse_extraWhitespace_isIgnored() throws PairLineException {
        assertThat(PairLineParser.parse("  fail\t x   p  "))
                .isEqualTo(new PairSpec(new MemberSpec.Fail("x"), MemberSpec.passthru()));
    }

    // When a value looks like a keyword, None or holds a star, then it is taken as the value word as it is.
    @Test
    void parse_valueLikeKeywordOrStar_isPlainValue() throws PairLineException {
        assertThat(PairLineParser.parse("r p f a*"))
                .isEqualTo(new PairSpec(new MemberSpec.Return("p"), new MemberSpec.Fail("a*")));
        assertThat(PairLineParser.parse("r None p"))
                .isEqualTo(new PairSpec(new MemberSpec.Return("None"), MemberSpec.passthru()));
    }

    // If the JVM runs in a Turkish locale, then upper-case I in a keyword still matches (FAIL is not 'faıl').
    @Test
    void parse_upperCaseI_matchesWithoutLocaleSurprise() throws PairLineException {
        assertThat(PairLineParser.parse("FAIL x PASSTHRU").callback()).isEqualTo(new MemberSpec.Fail("x"));
    }

    // If a value has exactly six characters, then it is accepted.
    @Test
    void parse_sixCharacterValue_isAccepted() throws PairLineException {
        assertThat(PairLineParser.parse("r abcdef p").callback()).isEqualTo(new MemberSpec.Return("abcdef"));
    }

    // If the line holds only whitespace, then the error is at column 1 and shows what a pair line looks like.
    @Test
    void parse_blankLine_reportsMissingPair() {
        PairLineException e = failure("   ");

        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("no callback").contains("r good f bad");
    }

    // If a word is not a prefix of return, fail or passthru, then the error points at it and lists the stages.
    @Test
    void parse_unknownKeyword_pointsAtIt() {
        PairLineException e = failure("r good defer x");

        assertThat(e.column()).isEqualTo(8);
        assertThat(e.problem()).contains("errback").contains("'defer'");
        assertThat(e.remedy()).contains("return VALUE").contains("passthru");
    }

    // If return has no value, then the error is just after the line's end and shows an example.
    @Test
    void parse_returnWithoutValue_reportsMissingValue() {
        PairLineException e = failure("p ret");

        assertThat(e.column()).isEqualTo(6);
        assertThat(e.getMessage()).contains("'return' needs a value").contains("return good");
    }

    // If only the callback is given, then the error says the errback is missing, just after the last word.
    @Test
    void parse_noErrback_reportsMissingErrback() {
        PairLineException e = failure("r good");

        assertThat(e.column()).isEqualTo(7);
        assertThat(e.problem()).isEqualTo("the errback is missing");
    }

    // If a value is longer than the original's six characters, then it is accepted as it is.
    @Test
    void parse_longValue_isAccepted() throws PairLineException {
        assertThat(PairLineParser.parse("f a-rather-long-value p").callback())
                .isEqualTo(new MemberSpec.Fail("a-rather-long-value"));
    }

    // If words follow the errback, then the error points at the first of them.
    @Test
    void parse_extraWords_pointsAtFirstExtra() {
        PairLineException e = failure("p p  x y");

        assertThat(e.column()).isEqualTo(6);
        assertThat(e.problem()).contains("'x'");
    }

    private static PairLineException failure(String line) {
        PairLineException e = catchThrowableOfType(PairLineException.class, () -> PairLineParser.parse(line));
        assertThat(e).as("a PairLineException for '%s'", line).isNotNull();
        return e;
    }
}
