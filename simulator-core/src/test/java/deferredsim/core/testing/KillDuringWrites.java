package deferredsim.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Kills a child JVM in the middle of writing a file, for tests that check a file is never left
 * half-written. The child is a {@code main} class of the test class path that calls {@link
 * #announce(int)} right before each write, numbered from 0. When it announces the chosen write,
 * the parent watches the directory being written and kills the child ({@code SIGKILL}, as {@code
 * kill -9}) at the first change it sees there: a file created, grown, shrunk, rewritten or renamed. So the kill
 * lands inside the write, wherever the writer happens to be (a naive writer that truncates and
 * rewrites the file in place is caught with the file half written).
 *
 * <p>How many kills a test makes: {@link #rounds()}, the system property {@code
 * deferredsim.kill.rounds} (default 3; the {@code fuzz-long} profile raises it).
 */
public final class KillDuringWrites {
    private static final String WRITING = "writing ";

    private KillDuringWrites() {}

    /** The number of kills each test makes. */
    public static int rounds() {
        int asked = Integer.getInteger("deferredsim.kill.rounds", 0);
        return asked > 0 ? asked : 3;
    }

    /** Called by the child right before write number {@code n}: tells the parent, which may kill it now. */
    public static void announce(int n) {
        PrintStream out = System.out;
        out.println(WRITING + n);
        out.flush();
    }

    /**
     * Starts {@code java -cp TEST-CLASS-PATH main args...}; when it announces write number {@code
     * target}, kills it at the first change in {@code dir}; returns once it is dead.
     *
     * @throws IOException if the child cannot start, or ends before announcing {@code target}
     */
    public static void killDuringWrite(Class<?> main, Path dir, int target, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals(WRITING + target)) {
                // earlier writes run to their end
            }
            if (line == null) {
                throw new IOException(
                        main.getSimpleName() + " ended (status " + child.waitFor() + ") before write " + target);
            }
            Map<String, List<Object>> before = state(dir);
            while (child.isAlive() && !lines.ready() && state(dir).equals(before)) {
                Thread.onSpinWait();
            }
            child.destroyForcibly();
        } finally {
            child.destroyForcibly();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                throw new IOException(main.getSimpleName() + " did not die");
            }
        }
    }

    /**
     * Every file of {@code dir} with its size, modification time and file key (inode): a file
     * replaced by a rename shows as changed even when the new one is as large as the old (a file
     * that vanishes while listed is left out).
     */
    private static Map<String, List<Object>> state(Path dir) {
        Map<String, List<Object>> state = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    Object key = attributes.fileKey();
                    state.put(
                            file.getFileName().toString(),
                            List.of(attributes.size(), attributes.lastModifiedTime(), key == null ? "" : key));
                } catch (NoSuchFileException gone) {
                    // renamed or deleted between the listing and the attributes
                } catch (IOException broken) {
                    throw new UncheckedIOException(broken);
                }
            });
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return state;
    }
}
