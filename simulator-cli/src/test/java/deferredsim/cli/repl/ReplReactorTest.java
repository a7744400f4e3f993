package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplReactorTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "reactor");

    @TempDir
    Path home;

    /** When a reactor scenario is loaded and drawn, its timeline shows both clients' finishing times. */
    @Test
    void load_reactorScenarioShowsItsTimeline() {
        String screen = ReplSession.type(home, "load " + EXAMPLES.resolve("part2-1-book-servers.json") + "\n\n");
        assertThat(screen).contains("loaded the reactor scenario", "blocking   done at 23 s", "async   done at 10.1 s");
    }

    /** If a pair line is typed while a reactor scenario is loaded, the REPL says to clear first. */
    @Test
    void pairLine_whileAReactorScenarioIsLoadedSaysToClear() {
        String screen = ReplSession.type(
                home, "load " + EXAMPLES.resolve("part3-1-three-countdowns.json") + "\nr a p\nclear\nr a p\nlist\n");
        assertThat(screen).contains("type 'clear' first", " 0  return a | passthru");
    }

    /** When a reactor scenario is stepped, each frame names the event number. */
    @Test
    void step_walksAReactorScenario() {
        String screen =
                ReplSession.type(home, "load " + EXAMPLES.resolve("part3-1-three-countdowns.json") + "\nstep\nnnq");
        assertThat(screen).contains("event 1 of", "event 3 of");
    }
}
