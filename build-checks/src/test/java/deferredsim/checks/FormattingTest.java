package deferredsim.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javaformat.java.Formatter;
import com.palantir.javaformat.java.FormatterException;
import com.palantir.javaformat.java.JavaFormatterOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java source file of the project is formatted as palantir-java-format formats it (its style,
 * imports ordered, unused imports removed), so the build fails on a formatting slip. The formatter
 * runs inside the test JVM, the JDK the build selected, so it parses every Java 21 construct.
 *
 * <p>To format the tree instead of checking it: {@code mvn -pl build-checks test -Dformat}.
 */
class FormattingTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    /** When every Java file under a module's src is formatted, then none changes (or, with -Dformat, each is rewritten). */
    @Test
    void everyJavaFile_isFormatted() throws IOException {
        boolean apply = System.getProperty("format.apply", "").matches("|true")
                && System.getProperty("format.apply") != null
                && !System.getProperty("format.apply").startsWith("$");
        Formatter formatter = Formatter.createFormatter(JavaFormatterOptions.builder()
                .style(JavaFormatterOptions.Style.PALANTIR)
                .build());
        List<Path> files = javaFiles();
        // Files are independent: format them on every core (the build's longest test otherwise).
        List<String> unformatted = files.parallelStream()
                .map(file -> check(formatter, file, apply))
                .filter(problem -> !problem.isEmpty())
                .sorted()
                .toList();
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(unformatted)
                .as("files not formatted; run: mvn -pl build-checks test -Dformat")
                .isEmpty();
    }

    /** Formats {@code file} (rewriting it when {@code apply}); returns what is wrong with it, or "" when nothing. */
    private static String check(Formatter formatter, Path file, boolean apply) {
        try {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            String formatted = formatter.formatSourceAndFixImports(source);
            if (formatted.equals(source)) {
                return "";
            }
            if (apply) {
                Files.writeString(file, formatted, StandardCharsets.UTF_8);
                return "";
            }
            return PROJECT.relativize(file).toString();
        } catch (FormatterException e) {
            return PROJECT.relativize(file) + ": " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(PROJECT)) {
            return walk.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> PROJECT.relativize(f).toString().contains("/src/"))
                    .filter(f -> !PROJECT.relativize(f).toString().contains("/target/"))
                    .sorted()
                    .toList();
        }
    }
}
