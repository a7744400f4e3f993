package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a scenario holds reaches the terminal as a control sequence. */
class ReplOutputSafetyTest {
    static final Path HOSTILE = Paths.get("src/test/resources/hostile");

    @TempDir
    Path home;

    /** When the escape-injection file is loaded, listed, drawn, traced and explained, then no control character reaches the screen. */
    @Test
    void hostileScenario_reachesTheScreenOnlyAsVisibleEscapes() {
        String screen = ReplSession.type(
                home, "load " + HOSTILE.resolve("escape-injection.json") + "\nlist\n\ntrace\nexplain\ntimeline\nat\n");
        assertNoControlCharacters(screen);
        assertThat(screen)
                .contains("d\\x1b[2J\\x1b[H", "\\x1b[41mred\\x1b[0m", "\\u202eevil\\u202c", "x\\x07", "\\x9b31m")
                .contains("bye");
    }

    /** When a help text has several lines, then they are printed as lines, not with their line breaks escaped. */
    @Test
    void help_printsItsLinesAsLines() {
        String screen = ReplSession.type(home, "help step\n");
        assertThat(screen).contains("marked, the timeline under it").doesNotContain("\\n");
    }

    /** If the terminal writes ASCII only (LANG=C), then the prompt's own arrows become look-alikes, never '?'. */
    @Test
    void asciiTerminal_showsLookAlikesInsteadOfQuestionMarks() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.jline.terminal.Terminal terminal = new org.jline.terminal.impl.DumbTerminal(
                "ascii",
                "dumb",
                new java.io.ByteArrayInputStream(
                        "help step\nr café p\nlist\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                out,
                java.nio.charset.StandardCharsets.US_ASCII)) {
            ReplLauncher.run(terminal, PromptSettings.of(home, false, null));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String screen = out.toString(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(screen).contains("n/-> next", "b/<- back").doesNotContain("n/? next");
    }

    /** When the current deferred's name holds escapes, then the prompt shows them escaped too. */
    @Test
    void prompt_showsAHostileNameEscaped() {
        String screen = ReplSession.type(home, "load " + HOSTILE.resolve("escape-injection.json") + "\n");
        assertThat(screen).contains("d\\x1b[2J\\x1b[H[2]> ").doesNotContain("d\u001b[2J");
    }

    /** If an invalid file's bad value holds escapes, then the error message shows them escaped. */
    @Test
    void load_ofAnInvalidHostileFileShowsTheValueEscaped() {
        String screen = ReplSession.type(home, "load " + HOSTILE.resolve("escape-injection-invalid.json") + "\n");
        assertNoControlCharacters(screen);
        assertThat(screen).contains("\\u001b[2J\\u001b[41mretrun");
    }

    /** When a typed value holds a control character, then the echo and the message show it escaped. */
    @Test
    void typedValue_withAControlCharacterIsShownEscaped() {
        String screen = ReplSession.type(home, "r a\u001b[41mb p\nr x fial\u001b[2J\nlist\n");
        assertNoControlCharacters(screen);
        assertThat(screen).contains("return a\\x1b[41mb | passthru", "'fial\\x1b[2J' is not a stage");
    }

    /** When a scenario is drawn piped (deferred-sim FILE), then its output holds no control character either. */
    @Test
    void pipedDrawing_ofTheHostileFileIsSafe() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = new ReplLauncher(
                        java.io.InputStream.nullInputStream(),
                        new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                        false)
                .run(false, HOSTILE.resolve("escape-injection.json").toString());
        assertThat(status).isZero();
        String shown = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertNoControlCharacters(shown);
        assertThat(shown).contains("\\x1b[41mred");
        assertThat(Files.exists(HOSTILE.resolve("escape-injection.json"))).isTrue();
    }

    /** If NO_COLOR is set, then a terminal that has colours gets none, in messages or diagrams. */
    @Test
    void noColor_turnsColourOffOnAColourTerminal() {
        String withColour = ReplSession.type(
                "r x fial\n",
                "xterm-256color",
                120,
                PromptSettings.of(home, false, null).withEnv(Map.of()));
        String without = ReplSession.type(
                "r x fial\n",
                "xterm-256color",
                120,
                PromptSettings.of(home, false, null).withEnv(Map.of("NO_COLOR", "1")));
        assertThat(withColour).contains("\u001b[");
        assertThat(without).doesNotContain("\u001b[3", "\u001b[9").contains("'fial' is not a stage");
    }

    /**
     * No line the REPL printed holds a control character (the prompt lines are JLine's echo of what
     * was typed and are left out).
     */
    static void assertNoControlCharacters(String screen) {
        for (String line : screen.split("\r?\n|\r")) {
            if (line.matches("^[^ ]*\\[\\d+\\]> .*")) {
                continue;
            }
            assertThat(line.codePoints().filter(deferredsim.cli.text.SafeText::isControl))
                    .as("control characters in the line %s", line.replace("\u001b", "ESC"))
                    .isEmpty();
        }
    }
}
