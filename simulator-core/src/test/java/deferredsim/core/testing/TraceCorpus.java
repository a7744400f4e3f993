package deferredsim.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The conformance corpus of scenarios and their expected traces, copied into the test resources
 * ({@code conformance/trace/NAME.json} with {@code NAME.trace}) so tests need nothing outside the
 * repository. Do not edit the files: they were produced by real Twisted.
 */
public final class TraceCorpus {
    private TraceCorpus() {}

    /**
     * The corpus directory on the test class path: a folder in this module's build, or a folder
     * inside the core's test-jar when another module's tests use it.
     */
    public static Path directory() {
        return resourceDirectory("/conformance/trace");
    }

    /** A resource folder as a {@link Path}, whether it lies on disk or inside a jar. */
    public static Path resourceDirectory(String name) {
        URL url = TraceCorpus.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing from the test resources");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // Another test opened the jar first; Path.of finds its file system.
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException broken) {
            throw new IllegalStateException("cannot open " + name + ": " + broken.getMessage(), broken);
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
