package deferredsim.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Huge inputs in a small heap: a child JVM limited to {@value #HEAP} reads a 200 MB file and files
 * just under the size limit that are as costly to parse as JSON can be, with both scenario readers.
 * Each must be refused with a message naming the limit and its place, never with an {@code
 * OutOfMemoryError}.
 */
class BigInputTest {
    private static final String HEAP = "-Xmx96m";
    private static final long MB = 1 << 20;

    /**
     * If scenario files of 200 MB, or of 15 MB of numbers, strings or objects, are read in a 96 MB
     * heap, then each is refused with a message naming the limit and the place, and memory never
     * runs out.
     */
    @Test
    void read_refusesHugeFilesWithinABoundedHeap(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(200 * MB);
        }
        Path numbers = write(dir.resolve("numbers.json"), "[", "0,", "0]");
        Path strings = write(dir.resolve("strings.json"), "[", "\"\\u00e9\",", "\"\"]");
        Path objects = write(dir.resolve("objects.json"), "[", "{\"a\":[]},", "{}]");

        List<String> lines = runChild(huge, numbers, strings, objects);

        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).startsWith("deferred huge.json: 1:16777217: the text goes on past 16 MiB");
        assertThat(lines.get(1)).startsWith("reactor huge.json: 1:16777217: the text goes on past 16 MiB");
        for (String line : lines.subList(2, 8)) {
            assertThat(line).matches("(deferred|reactor) \\w+\\.json: 1:\\d+: expected at most 500000 values .*");
        }
    }

    /** A 15 MB JSON array: {@code open}, then {@code item} repeated, then {@code last}. */
    private static Path write(Path file, String open, String item, String last) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(open);
            for (long written = 0; written < 15 * MB; written += item.length()) {
                out.write(item);
            }
            out.write(last);
        }
        return file;
    }

    private static List<String> runChild(Path... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                HEAP,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Reader.class.getName()));
        for (Path file : files) {
            command.add(file.toString());
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    /** The child: reads each file with both readers and prints one line per read. */
    public static final class Reader {
        public static void main(String[] args) {
            for (String arg : args) {
                Path file = Path.of(arg);
                try {
                    ScenarioReader.read(file);
                    System.out.println("deferred " + file.getFileName() + ": accepted");
                } catch (ScenarioException refused) {
                    System.out.println("deferred " + file.getFileName() + ": " + refused.getMessage());
                }
                try {
                    ReactorScenarioReader.read(file);
                    System.out.println("reactor " + file.getFileName() + ": accepted");
                } catch (ScenarioException refused) {
                    System.out.println("reactor " + file.getFileName() + ": " + refused.getMessage());
                }
            }
        }
    }
}
