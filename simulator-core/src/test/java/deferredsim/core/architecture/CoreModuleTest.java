package deferredsim.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core is a module with a small public face: the packages the terminal, the window and the
 * lessons use are exported, and the reactor model's machinery stays inside (the other modules'
 * descriptors make the compiler hold them to it).
 */
class CoreModuleTest {
    private static final Path DESCRIPTOR = Path.of("target", "classes", "module-info.class");

    /** When the core's module descriptor is read, then it exports exactly the packages other modules use. */
    @Test
    void descriptor_exportsTheApiPackagesOnly() throws IOException {
        ModuleDescriptor core = read();

        Set<String> exported = core.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> internal = new TreeSet<>(core.packages());
        internal.removeAll(exported);

        assertThat(core.name()).isEqualTo("deferredsim.core");
        assertThat(exported)
                .containsExactly(
                        "deferredsim.core.code",
                        "deferredsim.core.engine",
                        "deferredsim.core.io",
                        "deferredsim.core.json",
                        "deferredsim.core.launch",
                        "deferredsim.core.load",
                        "deferredsim.core.program",
                        "deferredsim.core.reactor.event",
                        "deferredsim.core.reactor.scenario",
                        "deferredsim.core.reading",
                        "deferredsim.core.recording",
                        "deferredsim.core.scenario",
                        "deferredsim.core.share",
                        "deferredsim.core.time",
                        "deferredsim.core.trace",
                        "deferredsim.core.value");
        assertThat(internal)
                .contains(
                        "deferredsim.core.clock",
                        "deferredsim.core.reactor",
                        "deferredsim.core.reactor.world",
                        "deferredsim.core.reactor.script",
                        "deferredsim.core.reactor.tcp");
    }

    /** When the core's module descriptor is read, then the core needs nothing beyond the Java base module. */
    @Test
    void descriptor_requiresNothingButJavaBase() throws IOException {
        assertThat(read().requires())
                .extracting(ModuleDescriptor.Requires::name)
                .containsExactly("java.base");
    }

    private static ModuleDescriptor read() throws IOException {
        assertThat(DESCRIPTOR).as("the core's compiled module descriptor").exists();
        try (InputStream in = Files.newInputStream(DESCRIPTOR)) {
            return ModuleDescriptor.read(in, () -> packagesUnder(Path.of("target", "classes")));
        }
    }

    private static Set<String> packagesUnder(Path classes) {
        try (var walk = Files.walk(classes)) {
            return walk.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
