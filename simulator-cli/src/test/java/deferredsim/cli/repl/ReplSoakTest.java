package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random lines typed at the prompt, in sessions of {@link #LINES_PER_SESSION} on dumb
 * terminals and on terminals that ask questions: no session may die, hang or print a stack trace.
 *
 * <p>The number of lines is the system property {@code deferredsim.soak.lines} (default 2,000, as
 * in {@code mvn verify}); the long run types 20,000 or more: {@code mvn -pl simulator-cli -am test
 * -Dtest=ReplSoakTest -Dsurefire.failIfNoSpecifiedTests=false -Ddeferredsim.soak.lines=20000}. The
 * seed is {@code deferredsim.soak.seed} (default 16), so a failure can be replayed.
 */
class ReplSoakTest {
    static final int LINES_PER_SESSION = 250;

    @TempDir
    Path home;

    /** When thousands of random lines are typed, then every session ends normally, with no stack trace, within its time. */
    @Test
    void randomLines_neverEndOrHangTheSession() throws IOException {
        int lines = Integer.getInteger("deferredsim.soak.lines", 2_000);
        long seed = Long.getLong("deferredsim.soak.seed", 16L);
        RandomCommands commands = new RandomCommands(seed, home.resolve("files"), readableFiles());
        Files.createDirectories(home.resolve("files/sub"));
        int sessions = 0;
        long carriedOut = 0;
        for (int typed = 0; typed < lines; typed += LINES_PER_SESSION) {
            StringBuilder input = new StringBuilder();
            for (int i = 0; i < Math.min(LINES_PER_SESSION, lines - typed); i++) {
                input.append(commands.next()).append('\n');
            }
            String type = sessions % 3 == 2 ? "xterm" : "dumb";
            int session = sessions++;
            String screen = assertTimeoutPreemptively(
                    Duration.ofMinutes(2),
                    () -> ReplSession.type(input.toString(), type, 100, PromptSettings.of(home, false, null)),
                    () -> "session " + session + " (seed " + seed + ") did not end: it hangs");
            assertThat(screen)
                    .as("session %d (seed %d) ends normally", session, seed)
                    .contains("bye");
            ReplBoundaryTest.assertNoStackTrace(screen);
            carriedOut +=
                    screen.lines().filter(l -> l.matches("^\\S+\\[\\d+\\]> .*")).count();
            assertThat(screen).as("session %d (seed %d)", session, seed).doesNotContain("a fault of the simulator");
        }
        System.out.println(String.format(
                java.util.Locale.ROOT,
                "soak: %,d random lines typed in %d sessions (seed %d), %,d prompts answered; none dead or hanging",
                lines,
                sessions,
                seed,
                carriedOut));
    }

    /** Scenario files a random 'load' may pick: the examples and the lesson files, and the hostile test data that run quickly. */
    private static List<Path> readableFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Paths.get("../examples/reactor"))) {
            examples.filter(f -> f.toString().endsWith(".json")).forEach(files::add);
        }
        files.add(ReplOutputSafetyTest.HOSTILE.resolve("escape-injection.json"));
        files.add(ReplOutputSafetyTest.HOSTILE.resolve("escape-injection-invalid.json"));
        files.add(Paths.get("no-such-file.json"));
        return files;
    }
}
