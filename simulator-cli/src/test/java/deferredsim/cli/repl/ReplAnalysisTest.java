package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplAnalysisTest {
    @TempDir
    Path home;

    /** When explore is asked for a three-pair chain, every path of both firings is listed. */
    @Test
    void explore_listsThePathsOfBothFirings() {
        String screen = ReplSession.type(home, "r a f b\nf c r d\np p\nexplore\n");
        assertThat(screen)
                .contains(
                        "2^3 = 8 combinations",
                        "d.callback('initial'): 8 combinations, 4 paths",
                        "d.errback(initial*): 8 combinations, 4 paths");
    }

    /** When compare split runs on a pair, the two ways of adding it are set side by side with the differences marked. */
    @Test
    void compareSplit_contrastsAddCallbacksWithSeparateAdds() {
        String screen = ReplSession.type(home, "f x r handled\ncompare split\n");
        assertThat(screen)
                .contains("addCallbacks(cb, eb)", "addCallback(cb); addErrback(eb)", "The final results differ");
    }

    /** When two chains are given after compare, separated by ';', they are compared. */
    @Test
    void compare_twoWrittenChains() {
        String screen = ReplSession.type(home, "compare r a f b ; r a p, p f b\n");
        assertThat(screen).contains("A ", "B ", "d.callback('initial')");
    }

    /** If a compared chain has a bad member, the message points into the compare line. */
    @Test
    void compare_badMemberPointsAtItsColumn() {
        String screen = ReplSession.type(home, "compare r a f b ; r a q\n");
        assertThat(screen).contains("^ column 23", "'q' is not a stage");
    }

    /** When export python runs, the file holds a Twisted script for the scenario. */
    @Test
    void exportPython_writesATwistedScript() throws Exception {
        Path script = home.resolve("run.py");
        ReplSession.type(home, "r good f bad\nfire callback go\nexport python " + script + "\n");
        assertThat(Files.readString(script)).contains("from twisted.internet import", "\"go\"");
    }

    /** When explain runs, the run is told one sentence per event. */
    @Test
    void explain_tellsTheRun() {
        String screen = ReplSession.type(home, "r good f bad\nexplain\n");
        assertThat(screen).contains("# d.callback(initial)", "# d.errback(initial*)");
    }
}
