package deferredsim.cli.classic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The classic conformance cases copied from the shared corpus into the test resources
 * ({@code conformance/classic/NAME.in}, {@code .wide}, {@code .narrow}), and the corpus's
 * normalisation.
 */
final class ClassicCorpus {
    private static final String DIRECTORY = "conformance/classic";

    private ClassicCorpus() {}

    /** One case: the typed input and the two expected diagrams, already normalised. */
    record Case(String name, String input, List<String> wide, List<String> narrow) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every case, sorted by name. */
    static Stream<Case> cases() {
        Path directory = directory();
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".in"))
                    .map(name -> name.substring(0, name.length() - ".in".length()))
                    .sorted()
                    .collect(Collectors.toList());
            List<Case> cases = new ArrayList<>();
            for (String name : names) {
                cases.add(new Case(
                        name,
                        Files.readString(directory.resolve(name + ".in"), StandardCharsets.UTF_8),
                        normalise(read(directory.resolve(name + ".wide"))),
                        normalise(read(directory.resolve(name + ".narrow")))));
            }
            return cases.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case called {@code name}. */
    static Case named(String name) {
        return cases().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The corpus's normalisation: trailing spaces stripped from every line, trailing blank lines dropped. */
    static List<String> normalise(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.stripTrailing());
        }
        while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    /** {@code text} split into lines as a file holds them. */
    static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\r?\n", -1));
    }

    private static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static Path directory() {
        URL url = ClassicCorpus.class.getClassLoader().getResource(DIRECTORY);
        if (url == null) {
            throw new IllegalStateException("test resource " + DIRECTORY + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
