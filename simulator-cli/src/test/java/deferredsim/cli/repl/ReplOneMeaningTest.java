package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command acts on what is shown, the views and exports describe the same runs, and messages name the real thing. */
class ReplOneMeaningTest {
    static final Path EXAMPLES = Paths.get("../examples/reactor");

    @TempDir
    Path home;

    /** When a reactor scenario is shown, then commands about chains say so instead of editing an invisible chain. */
    @Test
    void chainCommands_whileAReactorScenarioIsShownSayItDoesNotApply() {
        String screen = ReplSession.type(
                home,
                "r mine p\nload " + EXAMPLES.resolve("part3-1-three-countdowns.json")
                        + "\nexplain\nuse x\nat 1 cancel d\nfire callback v\nlist\nexport python "
                        + home.resolve("x.py") + "\nclear\nlist\n");
        assertThat(screen)
                .contains(
                        "'explain' works on the Deferred chains, and the reactor scenario part3-1-three-countdowns.json"
                                + " is shown")
                .contains("'use' works on the Deferred chains", "'at' works on the Deferred chains")
                .contains("'fire' works on the Deferred chains")
                .contains("The reactor scenario part3-1-three-countdowns.json is shown (")
                .contains("'export python' works on Deferred chains")
                .contains("back to your chains (d: 1 stage)", " 0  return mine | passthru");
        assertThat(home.resolve("x.py")).doesNotExist();
    }

    /** When a chain without its own firing is exported as a trace, then the file holds both firings as 'trace' prints them. */
    @Test
    void exportTrace_holdsBothFiringsSeparatedAsTraceShowsThem() throws Exception {
        Path file = home.resolve("both.trace");
        String screen = ReplSession.type(home, "r good f bad\ntrace\nexport trace " + file + "\n");
        List<String> written = Files.readAllLines(file);
        assertThat(written.get(0)).isEqualTo("# d.callback(initial)");
        assertThat(written).contains("# d.errback(initial*)");
        for (String line : written) {
            assertThat(screen).contains(line);
        }
        assertThat(screen).contains("the file holds both firings, as 'trace' shows them");
    }

    /** When a chain without its own firing is exported as Python, then the script plays both firings, each after its label. */
    @Test
    void exportPython_playsBothFirings() throws Exception {
        Path file = home.resolve("both.py");
        ReplSession.type(home, "r good f bad\nexport python " + file + "\n");
        String script = Files.readString(file);
        assertThat(script)
                .contains("print(\"# d.callback(initial)\")", "print(\"# d.errback(initial*)\")")
                .contains("clock = task.Clock()");
    }

    /** When a chain without its own firing is saved, then the message says the file keeps it unfired. */
    @Test
    void save_ofAChainWithoutFiringSaysWhatTheFileHolds() {
        String screen = ReplSession.type(home, "r good f bad\nsave " + home.resolve("c.json") + "\n");
        assertThat(screen).contains("in the file it stays unfired, so 'deferred-sim trace' shows it pending");
    }

    /** If 'fire' names a deferred that does not exist, then the message says so, not that it is no callback. */
    @Test
    void fire_ofAnUnknownDeferredSaysThereIsNone() {
        String screen = ReplSession.type(home, "fire zz callback v\n");
        assertThat(screen)
                .contains("there is no deferred named 'zz'; known: d ('use zz' makes one)")
                .doesNotContain("neither callback nor errback");
    }

    /** If 'unat' or 'exercise' get a bad number, then the message speaks of actions and exercises, not pairs. */
    @Test
    void numbers_ofActionsAndExercisesAreNamedSo() {
        String screen = ReplSession.type(home, "at 1 cancel d\nunat 5\nlesson 9\nexercise 99\n");
        assertThat(screen)
                .contains("'5' is not an action number; expected 1 to 1")
                .contains("'99' is not an exercise number")
                .doesNotContain("pair number");
    }

    /** When two typed chains are compared, then the header names them, not 'A  A'. */
    @Test
    void compare_ofTypedChainsNamesThemInTheHeader() {
        String screen = ReplSession.type(home, "compare r a f b ; r a p, p f b\n");
        assertThat(screen)
                .contains("A  the chain before ;", "B  the chain after ;")
                .doesNotContain("A  A ");
    }

    /** When the environment's HOME is set, then the prompt keeps its files under it. */
    @Test
    void homeDirectory_followsTheHomeVariable() {
        assertThat(PromptSettings.homeDirectory(Map.of("HOME", "/somewhere/else")))
                .isEqualTo(
                        System.getProperty("deferredsim.home") == null
                                ? Path.of("/somewhere/else/.deferred-sim")
                                : Path.of(System.getProperty("deferredsim.home")));
    }

    /** When a long text is printed on a terminal that can answer, then it stops at each page until a key is pressed. */
    @Test
    void longOutput_onATerminalIsPaged() {
        String screen = ReplSession.type(
                "lesson 9\nq",
                "xterm",
                100,
                PromptSettings.of(home, false, null).withEnv(Map.of("NO_COLOR", "1")));
        assertThat(screen).contains(TerminalPrinter.MORE, "(the rest is skipped)");
        String dumb = ReplSession.type(home, "lesson 9\n");
        assertThat(dumb).doesNotContain(TerminalPrinter.MORE);
    }
}
