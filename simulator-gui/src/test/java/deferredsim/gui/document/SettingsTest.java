package deferredsim.gui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window remembers, and where its dialogs start. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void settings_surviveARestart() {
        // When the learner picks the dark theme, zooms, resizes and saves somewhere, then a new session reads the same.
        Path file = dir.resolve("settings.properties");
        Settings first = new Settings(file);
        first.dark(true);
        first.zoom(1.44);
        first.window(1000, 650, false);
        first.lastFolder(dir);

        Settings next = new Settings(file);
        assertThat(next.dark()).isTrue();
        assertThat(next.zoom()).isEqualTo(1.44);
        assertThat(next.windowSize())
                .hasValueSatisfying(size -> assertThat(size).containsExactly(1000, 650));
        assertThat(next.maximized()).isFalse();
        assertThat(next.lastFolder()).contains(dir.toAbsolutePath().normalize());
    }

    @Test
    void brokenFile_givesTheDefaults() throws Exception {
        // If the settings file holds nonsense, then the defaults hold and nothing fails.
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "zoom=much\nwidth=-\\u12");
        Settings settings = new Settings(file);
        assertThat(settings.zoom()).isEqualTo(1);
        assertThat(settings.dark()).isFalse();
        assertThat(settings.windowSize()).isEmpty();
    }

    @Test
    void dialogs_startOutsideTheInstall() throws Exception {
        // When the scenario on show lies inside the install, then dialogs start in the last folder used, else in
        // Documents; a scenario of the learner's own starts them in its folder.
        Path install = Files.createDirectories(dir.resolve("install"));
        Files.writeString(install.resolve("deferred-sim"), "#!/bin/sh");
        Path example = Files.createDirectories(install.resolve("examples")).resolve("a.json");
        Path home = Files.createDirectories(dir.resolve("home"));
        Path documents = Files.createDirectories(home.resolve("Documents"));
        Path mine = Files.createDirectories(home.resolve("work")).resolve("b.json");

        assertThat(DialogFolders.install(install.resolve("simulator-gui").resolve("target")))
                .isEqualTo(install);
        assertThat(DialogFolders.initial(example, null, install, home)).isEqualTo(documents);
        assertThat(DialogFolders.initial(example, install.resolve("examples"), install, home))
                .isEqualTo(documents);
        assertThat(DialogFolders.initial(example, home.resolve("work"), install, home))
                .isEqualTo(home.resolve("work"));
        assertThat(DialogFolders.initial(mine, null, install, home)).isEqualTo(home.resolve("work"));
    }
}
