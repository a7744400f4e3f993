package deferredsim.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.scenario.PairSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainInputTest {
    // When pairs are written short or long, with ; or new lines and optional bars, then they read as the same pairs.
    @Test
    void parse_shortAndLongForms_readAlike() throws Exception {
        List<PairSpec> expected = List.of(PairSpec.parse("return a", "passthru"), PairSpec.parse("passthru", "fail b"));

        assertThat(ChainInput.parse("r a p; p f b")).isEqualTo(expected);
        assertThat(ChainInput.parse("return a | passthru\nPASS | fail b\n")).isEqualTo(expected);
    }

    // When a chain is written back, then it uses the short form learners type.
    @Test
    void write_usesShortForm() throws Exception {
        assertThat(ChainInput.write(ChainInput.parse("return a passthru; defer x fail b")))
                .isEqualTo("r a p; d x f b");
    }

    // If a pair lacks its errback, then the message names the pair and what is missing.
    @Test
    void parse_missingErrback_namesPair() {
        assertThatThrownBy(() -> ChainInput.parse("r a p; r b"))
                .hasMessage("Pair 2 needs its errback: return V, fail V, passthru or defer NAME.");
    }

    // If a pair has a word too many, then the message shows what is left over.
    @Test
    void parse_extraWord_isReported() {
        assertThatThrownBy(() -> ChainInput.parse("r a p p")).hasMessageContaining("'p' is left over");
    }

    // If the answer has no pairs at all, then the message asks for one.
    @Test
    void parse_empty_asksForAPair() {
        assertThatThrownBy(() -> ChainInput.parse(" ; \n")).hasMessageStartingWith("Write at least one pair");
    }
}
