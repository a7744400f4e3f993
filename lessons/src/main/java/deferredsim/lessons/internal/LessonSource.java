package deferredsim.lessons.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where lesson files come from: the class path ({@code lessons/...} resources) or a directory.
 * Paths are relative to the lessons root and use {@code /}.
 */
public interface LessonSource {
    /**
     * The UTF-8 text of {@code relativePath}.
     *
     * @throws IOException when it does not exist or cannot be read
     */
    String read(String relativePath) throws IOException;

    /** Where the root is, for messages. */
    String describe();

    /** The {@code lessons/} resources visible to {@code loader}. */
    static LessonSource classpath(ClassLoader loader) {
        return new LessonSource() {
            @Override
            public String read(String relativePath) throws IOException {
                try (InputStream in = loader.getResourceAsStream("lessons/" + relativePath)) {
                    if (in == null) {
                        throw new IOException("no such resource: lessons/" + relativePath);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }

            @Override
            public String describe() {
                return "the class path (lessons/)";
            }
        };
    }

    /** The files under {@code root}. */
    static LessonSource directory(Path root) {
        return new LessonSource() {
            @Override
            public String read(String relativePath) throws IOException {
                return Files.readString(root.resolve(relativePath));
            }

            @Override
            public String describe() {
                return root.toString();
            }
        };
    }
}
