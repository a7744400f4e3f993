package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplTest {
    @TempDir
    Path home;

    /** When pairs are typed and then an empty line, the classic diagram of those pairs is drawn. */
    @Test
    void emptyLine_drawsTheClassicDiagram() {
        String screen = ReplSession.type(home, "r good f bad\nf googly p\n\n");
        assertThat(screen).contains("d.callback(initial)", "return good", "fail googly", "googly*");
    }

    /** When a line has a bad member, the message points at its column and the pairs entered so far are kept. */
    @Test
    void badLine_pointsAtTheColumnAndKeepsEarlierPairs() {
        String screen = ReplSession.type(home, "r good f bad\nr ok fial x\nlist\n");
        assertThat(screen).contains("^ column 6", "'fial' is not a stage. Did you mean 'fail'?");
        assertThat(screen).contains(" 0  return good | fail bad").doesNotContain(" 1  ");
    }

    /** When an unknown word starts a line, the REPL suggests the nearest command or keyword. */
    @Test
    void unknownWord_suggestsTheNearestOne() {
        String screen = ReplSession.type(home, "retrun x p\nlsit\n");
        assertThat(screen).contains("Did you mean 'return'?", "Did you mean 'list'?");
    }

    /** When pairs are edited, deleted and inserted, list shows the chain that results. */
    @Test
    void editDeleteInsert_changeTheNumberedChain() {
        String screen =
                ReplSession.type(home, "r a p\nr b p\nr c p\nedit 1 f x p\ndelete 0\ninsert 0 p r fixed\nlist\n");
        assertThat(screen).contains(" 0  passthru | return fixed", " 1  fail x | passthru", " 2  return c | passthru");
    }

    /** If an edit names a stage that does not exist, nothing changes and the range is given. */
    @Test
    void edit_ofAMissingPairSaysTheRange() {
        String screen = ReplSession.type(home, "r a p\nedit 5 r b p\nlist\n");
        assertThat(screen).contains("'5' is not a stage number; expected 0 to 0", " 0  return a | passthru");
    }

    /** When an inner deferred is defined and fired later, the run shows the outer waiting and taking its result. */
    @Test
    void deferStage_withInnerDeferredRunsTheScenario() {
        String screen = ReplSession.type(
                home, "d x p\nr after p\nfire callback start\nuse x\nfire callback inner after 2\ntrace\n");
        assertThat(screen)
                .contains(
                        "{\"t\":2,\"d\":\"d\",\"event\":\"run\",\"stage\":1,\"side\":\"callback\",\"in\":\"inner\",\"out\":\"after\"}");
    }

    /** When a scenario is saved and loaded in a fresh session, the same chain comes back. */
    @Test
    void saveThenLoad_restoresTheScenario() throws Exception {
        Path file = home.resolve("chain.json");
        ReplSession.type(home, "r good f bad\np r ok\nat 1 cancel d\nsave " + file + "\n");
        assertThat(Files.readString(file)).contains("deferred-scenario/1", "return good", "cancel");
        String screen = ReplSession.type(home, "load " + file + "\nlist\n");
        assertThat(screen).contains(" 0  return good | fail bad", " 1  passthru | return ok", "at 1: d.cancel()");
    }

    /** If a file to load is invalid, the message names line and column, and the current work is kept. */
    @Test
    void load_ofAnInvalidFileKeepsTheWork() throws Exception {
        Path file = home.resolve("bad.json");
        Files.writeString(
                file,
                "{\"format\": \"deferred-scenario/1\",\n"
                        + " \"deferreds\": [{\"name\": \"d\", \"chain\": [[\"retrun x\", \"p\"]]}]}");
        String screen = ReplSession.type(home, "r kept p\nload " + file + "\nlist\n");
        assertThat(screen).contains("2:42", "retrun", " 0  return kept | passthru");
    }

    /** When help is asked for a command, its usage and explanation are shown. */
    @Test
    void helpCommand_explainsIt() {
        String screen = ReplSession.type(home, "help at\n");
        assertThat(screen).contains("at T cancel|pause|unpause NAME", "d.cancel() at t=1");
    }

    /** When a DeferredList is defined over two deferreds, the trace shows the list's result. */
    @Test
    void dlist_runsAsADeferredList() {
        String screen = ReplSession.type(
                home,
                "use a\n"
                        + "fire callback one after 1\n"
                        + "use b\n"
                        + "fire errback two after 2\n"
                        + "dlist L a b consumeErrors\n"
                        + "trace\n");
        assertThat(screen)
                .contains("\"d\":\"L\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"[(True, one), (False,"
                        + " two*)]\"");
    }

    /** When an inline generator catches a failure, the trace shows it resuming and returning. */
    @Test
    void inline_generatorRuns() {
        String screen =
                ReplSession.type(home, "inline g yield a catch; return done\nfire a errback no after 1\ntrace\n");
        assertThat(screen)
                .contains(
                        "\"d\":\"g\",\"event\":\"resume\",\"step\":0,\"in\":\"no*\"",
                        "\"d\":\"g\",\"event\":\"result\",\"state\":\"fired\",\"value\":\"done\"");
    }

    /** When the classic diagram is wider than the terminal, the REPL says so and draws the narrow layout. */
    @Test
    void wideDiagram_onANarrowTerminalOffersTheNarrowLayout() {
        String screen = ReplSession.type(home, "r good f bad\n\n", 80, null);
        assertThat(screen).contains("columns wide and the terminal 80", "         d.callback(initial)");
    }

    /** When input ends (Ctrl-D), the REPL says goodbye and the history file has the lines typed. */
    @Test
    void endOfInput_leavesCleanlyAndKeepsHistory() throws Exception {
        String screen = ReplSession.type(home, "r good f bad\n");
        assertThat(screen).contains("bye");
        assertThat(Files.readString(home.resolve("history"))).contains("r good f bad");
    }
}
