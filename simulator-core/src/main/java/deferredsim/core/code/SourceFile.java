package deferredsim.core.code;

import java.util.List;
import java.util.Objects;

/**
 * A source file shown beside a run: its path as the user knows it ({@code defer-6.py}, {@code
 * lib/client.py}) and its lines without line ends.
 */
public record SourceFile(String path, List<String> lines) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        lines = List.copyOf(lines);
    }

    /** A file of {@code text}, split at {@code \n}, {@code \r\n} and {@code \r}; a final line end adds no line. */
    public static SourceFile of(String path, String text) {
        return new SourceFile(path, text.isEmpty() ? List.of() : List.of(text.split("\r\n|\r|\n", -1)))
                .withoutFinalEmptyLine();
    }

    private SourceFile withoutFinalEmptyLine() {
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            return new SourceFile(path, lines.subList(0, lines.size() - 1));
        }
        return this;
    }

    /** Line {@code number} (1-based), or the empty string beyond the end of the file. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }
}
