package deferredsim.core.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshBuildTest {
    private static final FileTime BUILT = FileTime.from(Instant.parse("2026-01-02T10:00:00Z"));
    private static final FileTime BEFORE = FileTime.from(Instant.parse("2026-01-01T10:00:00Z"));
    private static final FileTime AFTER = FileTime.from(Instant.parse("2026-01-03T10:00:00Z"));

    @TempDir
    Path root;

    private Path jar;
    private Path source;

    @BeforeEach
    void project() throws IOException {
        source = write("core/src/main/java/a/A.java", BEFORE);
        write("core/pom.xml", BEFORE);
        write("pom.xml", BEFORE);
        write("other/src/main/java/B.java", AFTER);
        jar = write("cli/target/app.jar", BUILT);
    }

    // When every source of the named modules is older than the jar, then the build is fresh.
    @Test
    void isStale_sourcesOlder_isFalse() {
        assertThat(FreshBuild.isStale(root, jar, "core")).isFalse();
    }

    // When one source file was edited after the build, then the build is stale.
    @Test
    void isStale_sourceEdited_isTrue() throws IOException {
        Files.setLastModifiedTime(source, AFTER);

        assertThat(FreshBuild.isStale(root, jar, "core")).isTrue();
    }

    // When the root POM changed, or the jar is missing, then the build is stale.
    @Test
    void isStale_rootPomOrNoJar_isTrue() throws IOException {
        assertThat(FreshBuild.isStale(root, root.resolve("missing.jar"), "core"))
                .isTrue();
        Files.setLastModifiedTime(root.resolve("pom.xml"), AFTER);
        assertThat(FreshBuild.isStale(root, jar, "core")).isTrue();
    }

    // If a module has no sources (an installed copy), then nothing is stale.
    @Test
    void isStale_noSources_isFalse() {
        assertThat(FreshBuild.isStale(root, jar, "absent")).isFalse();
    }

    private Path write(String name, FileTime time) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
        Files.setLastModifiedTime(file, time);
        return file;
    }
}
