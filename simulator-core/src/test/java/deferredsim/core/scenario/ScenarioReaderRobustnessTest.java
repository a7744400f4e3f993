package deferredsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.testing.TraceCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The reader on damaged input: it only ever rejects with a positioned one-line message. */
class ScenarioReaderRobustnessTest {
    private static final String NOISE = "{}[],:\"\\ -0123.e5abtrufnl\n\u00e9";

    // If a corpus file is damaged by a few random edits, then reading it either succeeds or fails with line:column and
    // one line.
    @Test
    void read_rejectsDamagedFilesWithAPositionedOneLineMessage() {
        qt().withExamples(2000).forAll(damagedCorpusFiles()).checkAssert(text -> {
            try {
                ScenarioReader.read(text);
            } catch (ScenarioException broken) {
                assertThat(broken.getMessage()).matches("\\d+:\\d+: [^\\n\\r]+");
                assertThat(broken.line()).isPositive();
                assertThat(broken.column()).isPositive();
            }
        });
    }

    private static Gen<String> damagedCorpusFiles() {
        List<String> texts = new ArrayList<>();
        for (Path file : TraceCorpus.scenarios()) {
            try {
                texts.add(Files.readString(file));
            } catch (IOException broken) {
                throw new UncheckedIOException(broken);
            }
        }
        return in -> {
            StringBuilder text = new StringBuilder(Generate.pick(texts).generate(in));
            for (int edits = Generate.range(1, 3).generate(in); edits > 0; edits--) {
                int at = Generate.range(0, text.length() - 1).generate(in);
                if (Generate.booleans().generate(in)) {
                    text.deleteCharAt(at);
                } else {
                    text.insert(
                            at,
                            NOISE.charAt(Generate.range(0, NOISE.length() - 1).generate(in)));
                }
            }
            return text.toString();
        };
    }
}
