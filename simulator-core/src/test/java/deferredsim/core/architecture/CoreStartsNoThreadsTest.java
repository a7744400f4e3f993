package deferredsim.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Simulation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the core starts a thread, directly or through a pool: every compiled class of the
 * core's main code is read, and any reference to a way of starting one is reported.
 */
class CoreStartsNoThreadsTest {
    /** Methods that start a thread, or build something that does. */
    private static final Set<String> STARTING_METHODS = Set.of(
            "java/lang/Thread.<init>",
            "java/lang/Thread.start",
            "java/lang/Thread.startVirtualThread",
            "java/lang/Thread.ofPlatform",
            "java/lang/Thread.ofVirtual",
            "java/util/concurrent/CompletableFuture.runAsync",
            "java/util/concurrent/CompletableFuture.supplyAsync",
            "java/util/Collection.parallelStream",
            "java/util/stream/BaseStream.parallel",
            "java/util/stream/Stream.parallel",
            "java/util/stream/IntStream.parallel",
            "java/util/stream/LongStream.parallel");

    /** Classes whose only use is to run code on other threads. */
    private static final Set<String> THREAD_CLASSES = Set.of(
            "java/lang/Thread$Builder",
            "java/lang/Thread$Builder$OfPlatform",
            "java/lang/Thread$Builder$OfVirtual",
            "java/util/concurrent/Executors",
            "java/util/concurrent/ExecutorService",
            "java/util/concurrent/ThreadPoolExecutor",
            "java/util/concurrent/ScheduledThreadPoolExecutor",
            "java/util/concurrent/ForkJoinPool",
            "java/util/concurrent/ThreadFactory",
            "java/util/Timer");

    /** When every class of the core's main code is read, then none starts a thread, subclasses Thread or uses a pool. */
    @Test
    void coreClasses_referToNoWayOfStartingAThread() throws Exception {
        Path classes = classesFolderOf(Simulation.class);
        List<String> found = threadStarts(classes);

        assertThat(countClasses(classes)).isGreaterThan(100);
        assertThat(found).as("ways of starting a thread in %s", classes).isEmpty();
    }

    /** When the test classes are read, then the tests' own small-stack threads are found: the check sees threads. */
    @Test
    void testClasses_thatStartThreads_areFound() throws Exception {
        List<String> found = threadStarts(classesFolderOf(CoreStartsNoThreadsTest.class));

        assertThat(found).anyMatch(f -> f.contains("StackDepthTest") && f.endsWith("java/lang/Thread.start"));
    }

    private static List<String> threadStarts(Path classes) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                ClassFileReferences refs = ClassFileReferences.read(Files.readAllBytes(file));
                if ("java/lang/Thread".equals(refs.superclass())) {
                    found.add(refs.name() + " extends java/lang/Thread");
                }
                refs.methods().stream()
                        .filter(STARTING_METHODS::contains)
                        .forEach(m -> found.add(refs.name() + " calls " + m));
                refs.classes().stream()
                        .filter(THREAD_CLASSES::contains)
                        .forEach(c -> found.add(refs.name() + " uses " + c));
            }
        }
        return found;
    }

    private static long countClasses(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class")).count();
        }
    }

    private static Path classesFolderOf(Class<?> type) throws URISyntaxException {
        Path location =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(location)
                .as("%s is loaded from a folder of class files", type)
                .isDirectory();
        return location;
    }
}
