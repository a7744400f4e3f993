package deferredsim.core.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * A main class that first checks that the jar it runs from is newer than the sources it was built
 * from, then runs the real main class. The Windows launcher ({@code deferred-sim.cmd}) starts the
 * program through it: checking in the JVM costs a few milliseconds, where a batch file has no
 * cheap way to compare file times.
 *
 * <p>Arguments: {@code ROOT JAR MODULES MAIN [ARGS...]}: the project folder, the jar to compare,
 * the modules it was built from (comma-separated; their {@code pom.xml} and {@code src/main}, and
 * the root {@code pom.xml}), the main class to run and its arguments. When a source is newer, or
 * ROOT has no sources (an installed copy), the behaviour is: newer → exit status {@value #STALE}
 * with nothing printed and standard input untouched, so the launcher rebuilds and starts again;
 * no sources → run.
 */
public final class FreshBuild {
    /** The exit status that means "rebuild, then start again" (BSD's EX_TEMPFAIL). */
    public static final int STALE = 75;

    private FreshBuild() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 4) {
            System.err.println("usage: FreshBuild ROOT JAR MODULES MAIN [ARGS...]");
            System.exit(2);
        }
        if (isStale(Path.of(args[0]), Path.of(args[1]), args[2].split(","))) {
            System.exit(STALE);
        }
        Class<?> main = Class.forName(args[3]);
        MethodHandles.publicLookup()
                .findStatic(main, "main", MethodType.methodType(void.class, String[].class))
                .invokeExact(Arrays.copyOfRange(args, 4, args.length));
    }

    /**
     * True when {@code jar} is missing, or the root {@code pom.xml} or a module's {@code pom.xml}
     * or file under its {@code src/main} was modified after it.
     */
    public static boolean isStale(Path root, Path jar, String... modules) {
        if (!Files.isRegularFile(jar)) {
            return true;
        }
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            if (newer(root.resolve("pom.xml"), built)) {
                return true;
            }
            for (String module : modules) {
                Path dir = root.resolve(module);
                if (newer(dir.resolve("pom.xml"), built) || anyNewer(dir.resolve("src/main"), built)) {
                    return true;
                }
            }
            return false;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static boolean newer(Path file, FileTime built) throws IOException {
        return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(built) > 0;
    }

    private static boolean anyNewer(Path dir, FileTime built) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(file -> {
                try {
                    return Files.isRegularFile(file)
                            && Files.getLastModifiedTime(file).compareTo(built) > 0;
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            });
        } catch (UncheckedIOException unreadable) {
            throw unreadable.getCause();
        }
    }
}
