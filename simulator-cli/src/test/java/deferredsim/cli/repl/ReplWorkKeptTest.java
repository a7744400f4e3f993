package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.scenario.ScenarioDraft;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Nothing typed is lost: drafts, the questions before replacing or leaving, the autosave and its recovery. */
class ReplWorkKeptTest {
    @TempDir
    Path home;

    /** When a half-finished scenario is saved, then a draft is written, and loading it brings the work back with what is missing. */
    @Test
    void save_ofAHalfFinishedScenarioWritesADraftThatLoadsBack() throws Exception {
        Path file = home.resolve("half.json");
        String first = ReplSession.type(home, "d x p\nr after p\nsave " + file + "\n");
        assertThat(first)
                .contains("saved a draft to " + file)
                .contains("It is not complete yet: no deferred is named 'x'")
                .contains("(in d's stage 0 callback)");
        assertThat(Files.readString(file)).startsWith("{\"format\": \"deferred-scenario-draft/1\"");

        String second = ReplSession.type(home, "load " + file + "\nlist\nuse x\nfire callback v\n\n");
        assertThat(second)
                .contains("loaded the draft " + file, "(Not complete yet: no deferred is named 'x'")
                .contains(" 0  defer x | passthru", " 1  return after | passthru")
                .contains("# d.callback(initial)", "# d.errback(initial*)");
    }

    /** When a line leaves the scenario incomplete, then the prompt says at once what is missing, in its own words. */
    @Test
    void pairLine_thatLeavesTheScenarioIncompleteSaysWhatIsMissing() {
        String screen = ReplSession.type(home, "d x p\nuse x\n");
        assertThat(screen)
                .contains(
                        "(Not complete yet: no deferred is named 'x'; expected one of [d] (in d's stage 0 callback).)")
                .doesNotContain("$.deferreds");
    }

    /** If a dumb session clears unsaved work, then it asks nothing and keeps the work in a file that loads back. */
    @Test
    void clear_inADumbSessionKeepsTheWorkInAFile() {
        String screen = ReplSession.type(home, "r a p\nclear\nlist\n");
        Path kept = home.resolve(UnsavedWork.REPLACED);
        assertThat(screen).contains("Your unsaved changes were kept in " + kept, "cleared: d has no pairs");
        assertThat(ReplSession.type(home, "load " + kept + "\nlist\n")).contains(" 0  return a | passthru");
    }

    /** When a terminal that can answer clears unsaved work, then it asks, and only 'y' clears. */
    @Test
    void clear_onATerminalAsksAndOnlyYesClears() {
        String screen = ReplSession.type(
                "r a p\nclear\nnlist\nclear\nylist\n", "xterm", 120, PromptSettings.of(home, false, null));
        assertThat(screen)
                .contains("You have unsaved changes (d: 1 stage); 'clear' replaces them. Go on?")
                .contains("Kept them.", " 0  return a | passthru", "cleared: d has no pairs");
        assertThat(screen.indexOf("cleared: d has no pairs")).isGreaterThan(screen.indexOf(" 0  return a | passthru"));
    }

    /** When quit is typed over unsaved work on a terminal, then 'n' stays and 'y' leaves and drops the autosave. */
    @Test
    void quit_onATerminalAsksFirst() {
        String screen =
                ReplSession.type("r a p\nquit\nnlist\nquit\ny", "xterm", 120, PromptSettings.of(home, false, null));
        assertThat(screen).contains("Leave and drop them?", " 0  return a | passthru", "bye");
        assertThat(autosaves()).isEmpty();
    }

    /** If a dumb session ends with unsaved work, then the work stays in the autosave and the message says where. */
    @Test
    void endOfInput_inADumbSessionKeepsTheAutosave() throws Exception {
        String screen = ReplSession.type(home, "r a p\nr b p\n");
        List<Path> autosaves = autosaves();
        assertThat(autosaves).hasSize(1);
        assertThat(screen).contains("Your unsaved changes stay in " + autosaves.get(0));
        assertThat(ScenarioDraft.read(autosaves.get(0)).deferreds().get(0).chain())
                .hasSize(2);
    }

    /** When a saved scenario is left unchanged, then no autosave is kept and leaving asks nothing. */
    @Test
    void save_removesTheAutosave() {
        String screen = ReplSession.type(
                "r a p\nsave " + home.resolve("a.json") + "\nquit\n",
                "xterm",
                120,
                PromptSettings.of(home, false, null));
        assertThat(screen).doesNotContain("unsaved");
        assertThat(autosaves()).isEmpty();
    }

    /** When the prompt process is killed, then the next session offers the work back, here kept aside and loadable. */
    @Test
    @Timeout(120)
    void kill_leavesTheWorkForTheNextSession() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReplChild.class.getName(),
                        home.toString())
                .redirectErrorStream(true)
                .start();
        try (OutputStream keyboard = child.getOutputStream();
                BufferedReader screen =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            keyboard.write("r a p\nr b p\nuse x\n".getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            StringBuilder seen = new StringBuilder();
            while (seen.indexOf("x[0]>") < 0) {
                int c = screen.read();
                assertThat(c).as("the child's output so far: %s", seen).isNotNegative();
                seen.append((char) c);
            }
            child.destroyForcibly().waitFor();
        }
        assertThat(autosaves()).hasSize(1);

        String next = ReplSession.type(home, "list\n");
        Path kept = home.resolve("recovered.json");
        assertThat(next)
                .contains("A session that ended without saving left unsaved work (d: 2 stages, x: 0 stages")
                .contains("It is kept in " + kept);
        assertThat(ReplSession.type(home, "load " + kept + "\nlist\n"))
                .contains(" 0  return a | passthru", " 1  return b | passthru");
    }

    /** When work was left behind and the terminal can answer, then 'y' restores it as unsaved work. */
    @Test
    void recovery_onATerminalRestoresOnYes() throws Exception {
        Path autosave = home.resolve("autosave/prompt-2147483646.json");
        Files.createDirectories(autosave.getParent());
        Files.writeString(
                autosave,
                "{\"format\": \"deferred-scenario-draft/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [[\"r"
                        + " saved\", \"p\"]]}]}");
        String screen = ReplSession.type("ylist\nquit\ny", "xterm", 120, PromptSettings.of(home, false, null));
        assertThat(screen).contains("Restore it?", "restored: d: 1 stage", " 0  return saved | passthru");
        assertThat(autosave).doesNotExist();
    }

    /** When a scenario is saved to a new file, then the file gets the usual permissions, not owner-only. */
    @Test
    void save_createsFilesWithTheUsualPermissions() throws Exception {
        Path file = home.resolve("shared.json");
        ReplSession.type(home, "r a p\nsave " + file + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .startsWith("rw-r");
    }

    /** If the folder to save into does not exist, then the message names it, not a temporary file. */
    @Test
    void save_intoAMissingFolderNamesTheFolder() {
        Path file = home.resolve("nowhere/x.json");
        String screen = ReplSession.type(home, "r a p\nsave " + file + "\n");
        assertThat(screen)
                .contains("cannot write " + file + ": the folder " + home.resolve("nowhere") + " does not exist")
                .doesNotContain(".tmp");
    }

    /** If a file to load does not exist, then the message says so once, in words. */
    @Test
    void load_ofAMissingFileSaysSoInWords() {
        Path file = home.resolve("missing.json");
        String screen = ReplSession.type(home, "load " + file + "\n");
        assertThat(screen)
                .contains("cannot load " + file + ": there is no such file")
                .doesNotContain(file + ":cannot");
    }

    private List<Path> autosaves() {
        try (var files = Files.list(home.resolve("autosave"))) {
            return files.filter(f -> f.toString().endsWith(".json")).toList();
        } catch (java.io.IOException none) {
            return List.of();
        }
    }
}
