package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runaway and deep-nesting cases of the test data at the prompt. Loading the nesting file runs
 * in every build; the runaways run in a prompt process of their own with a small heap (128 MB),
 * only in the long run ({@code -Ddeferredsim.soak.runaways=true}), as each takes up to a minute
 * until the engine's limits stop them sooner.
 */
class ReplRunawayTest {
    @TempDir
    Path home;

    /** When DeferredLists nested 15,000 deep are loaded and listed, then the session lives and keeps them. */
    @Test
    @Timeout(300)
    void nestedLists_loadAndListKeepTheSession() {
        String screen = ReplSession.type(
                home, "load " + ReplOutputSafetyTest.HOSTILE.resolve("nested-lists-15000.json") + "\nlist\nquit\n");
        ReplBoundaryTest.assertNoStackTrace(screen);
        assertThat(screen)
                .contains("15001 deferred(s)", "l0: DeferredList of l1", "l14999: DeferredList of l15000", "bye");
    }

    /**
     * When a runaway scenario is loaded and drawn in a prompt with little memory, then the prompt
     * answers (the run, a limit, or the memory message), lists, and ends normally.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "runaway-callback-adds-callbacks.json",
                "runaway-poem-1mb-1-byte-chunks.json",
                "runaway-looping-call-1e-9.json"
            })
    @EnabledIfSystemProperty(named = "deferredsim.soak.runaways", matches = "true")
    @Timeout(600)
    void runaway_leavesTheSessionAlive(String file) throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReplChild.class.getName(),
                        home.toString())
                .redirectErrorStream(true)
                .start();
        try (OutputStream keyboard = child.getOutputStream()) {
            keyboard.write(("r mine p\nload "
                            + ReplOutputSafetyTest.HOSTILE.resolve(file).toAbsolutePath() + "\n\nlist\nquit\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String screen = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(screen).isZero();
        ReplBoundaryTest.assertNoStackTrace(screen);
        assertThat(screen).contains(" 0  return mine | passthru", "bye");
        assertThat(screen.contains("loaded the reactor scenario")
                        || screen.contains("used up the memory")
                        || screen.contains("limit"))
                .as(
                        "the load ran, or was stopped with a message: %s",
                        screen.lines().limit(40).toList())
                .isTrue();
    }
}
