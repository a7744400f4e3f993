package deferredsim.lessons.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.testing.Fuzz;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ProgressFileFuzzTest {
    /**
     * If a progress file is mutated or is any text, then it reads as progress that writes back the
     * same, or is refused with a line and column; nothing else escapes.
     */
    @Test
    void parse_mutatedOrAnyText_readsOrPlacesTheRejection() {
        Progress some = Progress.EMPTY
                .with("13/1", Instant.parse("2026-01-01T00:00:00Z"))
                .with("9/\u00e9 x", Instant.parse("2026-02-03T04:05:06.789Z"));
        List<String> seeds = List.of(ProgressFile.write(some), ProgressFile.write(Progress.EMPTY));
        AtomicLong tried = new AtomicLong();
        qt().withFixedSeed(Fuzz.seed())
                .withExamples(Fuzz.examples(1500))
                .forAll(Generate.booleans().flatMap(mutate -> mutate ? Fuzz.mutated(seeds) : Fuzz.anyText()))
                .checkAssert(text -> Fuzz.withinBudget(text, () -> {
                    tried.incrementAndGet();
                    try {
                        Progress read = ProgressFile.parse(text);
                        assertThat(ProgressFile.parse(ProgressFile.write(read))).isEqualTo(read);
                    } catch (ProgressFile.Unreadable rejected) {
                        assertThat(rejected.getMessage()).matches("\\d+:\\d+: [^\\n]+");
                    }
                }));
        Fuzz.report("progress files", tried);
    }
}
