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

    /** When a reactor scenario with a program is stepped, each frame shows the program's line of its event. */
    @Test
    void step_reactorProgramShowsTheLineOfEachEvent() {
        String screen = ReplSession.type(
                home, "load " + EXAMPLES.resolve("part3-3-blocking-callback-delays-timer.json") + "\nstep\nnnnnnq");
        assertThat(screen)
                .contains(
                        "program.py:", // the listing's file
                        "reactor.callLater(1, tick)", // event 1: the callLater
                        "reactor.callWhenRunning(hog)", // event 2
                        "reactor.run()", // event 3: the reactor starts
                        "def hog():", // event 4: the reactor calls hog
                        "print(\"hogging the thread\")");
    }

    /** When a reactor scenario without a program is stepped, no code line is shown. */
    @Test
    void step_reactorWithoutProgramShowsNoCode() {
        String screen = ReplSession.type(home, "load " + EXAMPLES.resolve("part2-1-book-servers.json") + "\nstep\nnq");
        assertThat(screen).contains("event 2 of").doesNotContain("program.py:");
    }
}
