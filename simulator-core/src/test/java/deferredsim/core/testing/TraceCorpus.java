package deferredsim.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The conformance corpus of scenarios and their expected traces, copied into the test resources
 * ({@code conformance/trace/NAME.json} with {@code NAME.trace}) so tests need nothing outside the
 * repository. Do not edit the files: they were produced by real Twisted.
 */
public final class TraceCorpus {
    private TraceCorpus() {}

    /** The corpus directory on the test class path. */
    public static Path directory() {
        URL url = TraceCorpus.class.getResource("/conformance/trace");
        if (url == null) {
            throw new IllegalStateException("conformance/trace is missing from the test resources");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Every scenario file ({@code *.json}), in byte-wise sorted name order. */
    public static List<Path> scenarios() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /** The expected trace of a scenario file: the {@code .trace} file of the same name. */
    public static Path traceOf(Path scenario) {
        String name = scenario.getFileName().toString();
        return scenario.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".trace");
    }
}
