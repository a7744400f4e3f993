package deferredsim.cli.classic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classic conformance corpus: every case's input piped through {@link ClassicPipe}, which
 * parses it, runs the engine and draws; the output must equal the original simulator's.
 */
class ClassicCorpusTest {
    static Stream<ClassicCorpus.Case> cases() {
        return ClassicCorpus.cases();
    }

    // When a corpus case's pair lines are piped in, then the wide diagram equals the original's and the exit status is
    // 0.
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void run_corpusCase_printsOriginalWideDiagram(ClassicCorpus.Case corpusCase) {
        PipeRun run = PipeRun.of(corpusCase.input(), false);

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(ClassicPipe.OK);
        assertThat(run.outLines()).isEqualTo(corpusCase.wide());
    }

    // When a corpus case's pair lines are piped in with --narrow, then the one-column diagram equals the original's.
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void run_corpusCaseNarrow_printsOriginalNarrowDiagram(ClassicCorpus.Case corpusCase) {
        PipeRun run = PipeRun.of(corpusCase.input(), true);

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(ClassicPipe.OK);
        assertThat(run.outLines()).isEqualTo(corpusCase.narrow());
    }

    // When the corpus is listed, then all 60 cases are there, so no case is silently skipped.
    @Test
    void cases_corpus_hasSixtyCases() {
        assertThat(cases()).hasSize(60);
    }
}
