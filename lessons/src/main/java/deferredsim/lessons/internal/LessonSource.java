package deferredsim.lessons.internal;

import deferredsim.core.io.TextInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where lesson files come from: the class path ({@code lessons/...} resources) or a directory.
 * Paths are relative to the lessons root and use {@code /}.
 */
public interface LessonSource {
    /**
     * The UTF-8 text of {@code relativePath}, without a leading byte order mark.
     *
     * @throws IOException when it does not exist or cannot be read; an {@link
     *     deferredsim.core.io.InputException} naming the place when it is larger than {@link
     *     deferredsim.core.io.InputLimits#maxBytes()} or not UTF-8
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
                    return TextInput.read(in, "lessons/" + relativePath);
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
                return TextInput.read(root.resolve(relativePath));
            }

            @Override
            public String describe() {
                return root.toString();
            }
        };
    }
}
