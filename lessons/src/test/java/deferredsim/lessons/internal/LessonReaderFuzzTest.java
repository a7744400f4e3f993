package deferredsim.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.testing.Fuzz;
import deferredsim.lessons.LessonFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The lesson files' readers (index, lesson.json, exercises.json, lesson.md, scenarios) on mutated files. */
class LessonReaderFuzzTest {
    private static final LessonSource SHIPPED = LessonSource.classpath(LessonReaderFuzzTest.class.getClassLoader());

    /**
     * If one file of a shipped lesson (or the index) is mutated, then the lessons load, or the
     * rejection names that file and a line and column in it (a JSON path too for JSON files), or
     * says the file cannot be read; nothing else escapes, within the time budget.
     */
    @Test
    void read_oneMutatedFile_loadsOrPlacesTheRejection() throws Exception {
        List<Mutation> originals = new ArrayList<>();
        for (String directory : LessonReader.indexOf(SHIPPED)) {
            for (String kind : List.of("lesson.json", "exercises.json", "lesson.md", "scenario")) {
                String path = pathOf(directory, kind);
                originals.add(new Mutation(directory, path, text(path)));
            }
        }
        originals.add(new Mutation(null, LessonReader.INDEX, text(LessonReader.INDEX)));
        Gen<Mutation> mutations = in -> {
            Mutation original = Generate.pick(originals).generate(in);
            String mutated = Fuzz.mutated(List.of(original.text())).generate(in);
            return new Mutation(original.directory(), original.path(), mutated);
        };
        AtomicLong tried = new AtomicLong();
        qt().withFixedSeed(Fuzz.seed())
                .withExamples(Fuzz.examples(150))
                .forAll(mutations)
                .checkAssert(mutation -> Fuzz.withinBudget(mutation.text(), () -> {
                    tried.incrementAndGet();
                    LessonSource source = mutating(mutation.path(), mutation.text());
                    try {
                        if (mutation.directory() == null) {
                            LessonReader.readAll(source);
                        } else {
                            LessonReader.read(source, mutation.directory());
                        }
                    } catch (LessonFormatException rejected) {
                        assertPlaced(rejected, mutation.path().endsWith(".json"));
                    }
                }));
        Fuzz.report("lesson files", tried);
    }

    /** A lesson file's new text; {@code directory} is its lesson's, or null for the index. */
    private record Mutation(String directory, String path, String text) {
        @Override
        public String toString() {
            return path + ": " + Fuzz.abbreviate(text);
        }
    }

    private static void assertPlaced(LessonFormatException rejected, boolean json) {
        // A file name may hold a colon (a mutated reference names ':x.json'), so the name ends at the first ': '
        // that a place or "cannot be read" follows.
        assertThat(rejected.getMessage()).matches("[^\\n]+?: (\\d+:\\d+: [^\\n]+|cannot be read from [^\\n]+)");
        if (json && rejected.getMessage().matches("[^:]+: \\d+:\\d+: \\$.*")) {
            // A JSON path may quote a key that holds a colon: $[":title"].
            assertThat(rejected.getMessage()).matches("[^:]+: \\d+:\\d+: \\$(?:[^:\"]|\"(?:[^\"\\\\]|\\\\.)*\")*: .+");
        }
    }

    /** The relative path of a lesson file of {@code kind} in {@code directory} (for "scenario", its first scenario). */
    private static String pathOf(String directory, String kind) throws Exception {
        if (kind.equals(LessonReader.INDEX)) {
            return LessonReader.INDEX;
        }
        if (!kind.equals("scenario")) {
            return directory + "/" + kind;
        }
        String lesson = text(directory + "/lesson.json");
        int file = lesson.indexOf("\"file\"");
        int start = lesson.indexOf('"', lesson.indexOf(':', file) + 1) + 1;
        return directory + "/" + lesson.substring(start, lesson.indexOf('"', start));
    }

    private static String text(String path) throws IOException {
        return SHIPPED.read(path);
    }

    /** The shipped lessons, but with {@code path} holding {@code text}. */
    private static LessonSource mutating(String path, String text) {
        Map<String, String> changed = Map.of(path, text);
        return new LessonSource() {
            @Override
            public String read(String relativePath) throws IOException {
                String mutated = changed.get(relativePath);
                return mutated != null ? mutated : SHIPPED.read(relativePath);
            }

            @Override
            public String describe() {
                return "the shipped lessons with " + path + " mutated";
            }
        };
    }
}
