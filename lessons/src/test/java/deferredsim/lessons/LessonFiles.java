package deferredsim.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small lessons tree for tests: an index, and per lesson the four kinds of file. Starts
 * from a valid lesson 1 with one scenario ({@code s}: the Figure 18 chain on {@code d}, fired with
 * {@code callback('poem')} at t=1) whose parts tests replace to break or extend it.
 */
final class LessonFiles {
    static final String SCENARIO = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [\n"
            + " {\"name\": \"d\", \"chain\": [[\"r a\", \"p\"], [\"f b\", \"p\"], [\"p\", \"r c\"], [\"r d\", \"p\"]],"
            + " \"fire\": {\"method\": \"callback\", \"value\": \"poem\", \"after\": 1}}]}\n";
    static final String LESSON_JSON = "{\"format\": \"deferred-lesson/1\", \"number\": 1, \"title\": \"First\",\n"
            + " \"objectives\": [\"Do things.\"],\n"
            + " \"scenarios\": [{\"name\": \"s\", \"file\": \"s.json\", \"title\": \"S\", \"description\": \"The"
            + " chain.\"}]}\n";
    static final String LESSON_MD = "## One\n\nText of one.\n\n## Two\n\nText of two.\n";
    static final String LANE_EXERCISE =
            "{\"id\": \"lane\", \"kind\": \"lane\", \"scenario\": \"s\", \"deferred\": \"d\", \"stage\": 2,"
                    + " \"prompt\": \"Which lane?\", \"answer\": \"errback\", \"hints\": [\"Look at stage 1.\"],"
                    + " \"explanation\": \"Stage 1 fails.\"}";

    private final Path root;
    private final List<String> directories = new ArrayList<>();

    LessonFiles(Path root) {
        this.root = root;
    }

    /** Adds a lesson directory with the given files; null arguments take the defaults above. */
    LessonFiles lesson(String directory, String lessonJson, String markdown, String exercisesJson, String scenario) {
        directories.add(directory);
        write(directory + "/lesson.json", lessonJson != null ? lessonJson : LESSON_JSON);
        write(directory + "/lesson.md", markdown != null ? markdown : LESSON_MD);
        write(directory + "/exercises.json", exercisesJson != null ? exercisesJson : exercises(LANE_EXERCISE));
        write(directory + "/s.json", scenario != null ? scenario : SCENARIO);
        write("index.txt", String.join("\n", directories) + "\n");
        return this;
    }

    /** Adds the default lesson 1 with these exercises (JSON objects). */
    LessonFiles lessonWithExercises(String... exercises) {
        return lesson("01-first", null, null, exercises(exercises), null);
    }

    /** An exercises file holding these exercise objects and no checkpoints. */
    static String exercises(String... exercises) {
        return "{\"format\": \"deferred-exercises/1\", \"exercises\": [\n" + String.join(",\n", exercises) + "]}\n";
    }

    /** Writes {@code text} to {@code relative} under the root. */
    LessonFiles write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Loads the catalog from the root. */
    LessonCatalog load() throws LessonFormatException {
        return LessonCatalog.load(root);
    }
}
