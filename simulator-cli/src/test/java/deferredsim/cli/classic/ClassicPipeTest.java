package deferredsim.cli.classic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassicPipeTest {
    private static final List<String> R_GOOD_F_BAD =
            ClassicCorpus.named("r-good-f-bad").wide();

    // When the input ends without a blank line, then the pairs read so far are drawn.
    @Test
    void run_endOfInputWithoutBlankLine_drawsDiagram() {
        PipeRun run = PipeRun.of("r good f bad", false);

        assertThat(run.status()).isEqualTo(ClassicPipe.OK);
        assertThat(run.outLines()).isEqualTo(R_GOOD_F_BAD);
    }

    // When empty lines come before the first pair line, then they are skipped.
    @Test
    void run_leadingEmptyLines_areSkipped() {
        assertThat(PipeRun.of("\n\nr good f bad\n\n", false).outLines()).isEqualTo(R_GOOD_F_BAD);
    }

    // When lines follow the empty line that ends the list, then they are not read, even if they are bad.
    @Test
    void run_linesAfterEndingEmptyLine_areIgnored() {
        PipeRun run = PipeRun.of("r good f bad\n\nnonsense\n", false);

        assertThat(run.status()).isEqualTo(ClassicPipe.OK);
        assertThat(run.outLines()).isEqualTo(R_GOOD_F_BAD);
    }

    // When lines end in CR LF, then they read like plain LF lines.
    @Test
    void run_crlfLineEnds_areAccepted() {
        assertThat(PipeRun.of("r good f bad\r\n\r\n", false).outLines()).isEqualTo(R_GOOD_F_BAD);
    }

    // If several lines are bad, then each is reported with its line number and column, nothing is drawn, and the status
    // is 2.
    @Test
    void run_badLines_reportsEveryOneAndExitsTwo() {
        PipeRun run = PipeRun.of("r good f bad\nx y\nr good\np p p\n\n", false);

        assertThat(run.status()).isEqualTo(ClassicPipe.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("line 2, column 1: the callback 'x' is not a stage")
                .contains("line 3, column 7: the errback is missing")
                .contains("line 4, column 5: unexpected 'p' after the errback")
                .doesNotContain("line 1");
    }

    // If a line is bad, then the report says what would be right and points at the column with a caret.
    @Test
    void run_badLine_showsRemedyAndCaret() {
        PipeRun run = PipeRun.of("r good defer x\n", false);

        assertThat(run.err().lines())
                .contains(
                        "deferred-sim: line 1, column 8: the errback 'defer' is not a stage;"
                                + " write return VALUE, fail VALUE or passthru (or r, f, p)",
                        "    r good defer x",
                        "           ^");
    }

    // If a line holds only spaces, then it is a bad line, as in the original, and the report says an empty line ends
    // the list.
    @Test
    void run_spacesOnlyLine_isBadLine() {
        PipeRun run = PipeRun.of("r good f bad\n   \n", false);

        assertThat(run.status()).isEqualTo(ClassicPipe.BAD_INPUT);
        assertThat(run.err()).contains("line 2, column 1").contains("empty line ends the list");
    }

    // If a value is longer than six characters, then the diagram is drawn, wider than the original's.
    @Test
    void run_longValue_drawsWiderDiagram() {
        PipeRun run = PipeRun.of("r abcdefghijkl p\n", false);

        assertThat(run.status()).isEqualTo(ClassicPipe.OK);
        assertThat(run.out()).contains("return abcdefghijkl");
    }

    // If the input holds no pair at all, then nothing is drawn, the problem is explained, and the status is 2.
    @Test
    void run_noPairs_exitsTwo() {
        PipeRun run = PipeRun.of("\n\n", false);

        assertThat(run.status()).isEqualTo(ClassicPipe.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no pairs given").contains("r good f bad");
    }

    // When the diagram is printed, then standard error stays empty and nothing but the diagram is printed.
    @Test
    void run_goodInput_printsOnlyTheDiagram() {
        PipeRun run = PipeRun.of("r good f bad\n\n", true);

        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).isEqualTo(ClassicCorpus.named("r-good-f-bad").narrow());
        assertThat(run.out()).doesNotContain("CALLBACK ERRBACK").doesNotContain("terminal");
    }

    // If a piped line holds a 20 MB value, then it is refused with the limit named, and only the limit's worth is kept.
    @Test
    void run_hugeValueIsRefusedWithTheLimitNamed() {
        String huge = "r " + "v".repeat(20_000_000) + " p\nr fine p\n\n";
        PipeRun run = PipeRun.of(huge, false);

        assertThat(run.status()).isEqualTo(ClassicPipe.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("line 1: the line is 20,000,004 characters long, over the limit of 10,000 characters")
                .contains("DEFERRED_SIM_MAX_LINE");
    }

    // If a piped value holds terminal escapes, then the diagram shows them as visible escapes.
    @Test
    void run_valueWithEscapesIsDrawnVisibly() {
        PipeRun run = PipeRun.of("r \u001b[41mred f \u202eevil\n\n", false);

        assertThat(run.out()).contains("\\x1b[41mred", "\\u202eevil").doesNotContain("\u001b", "\u202e");
    }
}
