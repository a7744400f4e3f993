package deferredsim.cli.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.testing.Fuzz;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The classic pair-line parser on random lines. */
class PairLineParserFuzzTest {
    private static final List<String> WORDS = List.of(
            "r",
            "return",
            "RET",
            "f",
            "fail",
            "FaIl",
            "p",
            "passthru",
            "PASS",
            "d",
            "defer",
            "x",
            "good",
            "None",
            "*",
            "\u00e9",
            "\ud83d\ude00",
            "\u4e2d\u6587",
            "\u0000",
            "\u001b[31m",
            "\u007f",
            "retur",
            "failx",
            "");
    private static final List<String> SPACES =
            List.of(" ", "  ", "\t", "\u00a0", "\u0085", "\u2007", "\u202f", "\u3000", "\u000b", "\u001f", "\u200b");

    /**
     * If a line is made of keywords, prefixes, values and every kind of whitespace in any order, or
     * is any text at all, then it parses to a pair or is rejected with a column inside the line.
     */
    @Test
    void parse_anyLine_givesAPairOrAPlacedRejection() {
        AtomicLong tried = new AtomicLong();
        Gen<String> lines = Generate.booleans().flatMap(words -> words ? wordLines() : Fuzz.anyText());
        qt().withFixedSeed(Fuzz.seed())
                .withExamples(Fuzz.examples(3000))
                .forAll(lines)
                .checkAssert(line -> Fuzz.withinBudget(line, () -> {
                    tried.incrementAndGet();
                    try {
                        assertThat(PairLineParser.parse(line)).isNotNull();
                    } catch (PairLineException rejected) {
                        assertThat(rejected.column()).isBetween(1, line.length() + 1);
                        assertThat(rejected.problem()).isNotBlank();
                    }
                }));
        Fuzz.report("pair lines", tried);
    }

    private static Gen<String> wordLines() {
        return in -> {
            StringBuilder line = new StringBuilder();
            for (int n = Generate.range(0, 6).generate(in); n > 0; n--) {
                line.append(Generate.pick(SPACES).generate(in))
                        .append(Generate.pick(WORDS).generate(in));
            }
            return line.toString();
        };
    }
}
