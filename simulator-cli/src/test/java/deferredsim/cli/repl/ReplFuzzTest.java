package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.testing.Fuzz;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The prompt's command line on random sessions, driven through {@link ReplLauncher#run(Terminal,
 * Path, boolean, String)} on a dumb terminal as the REPL tests drive it. Commands that write or read
 * files by name ({@code save}, {@code export}, {@code load}) are left out, so a random line can
 * never touch a file outside the session's temporary home.
 */
class ReplFuzzTest {
    private static final List<String> COMMANDS = List.of(
            "at",
            "unat",
            "explore",
            "compare",
            "explain",
            "list",
            "edit",
            "delete",
            "insert",
            "clear",
            "use",
            "fire",
            "canceller",
            "dlist",
            "gather",
            "inline",
            "drop",
            "help",
            "lesson",
            "open",
            "exercise",
            "answer",
            "hint",
            "why",
            "step",
            "timeline",
            "show",
            "narrow",
            "wide",
            "trace",
            "r",
            "f",
            "p",
            "return",
            "fail",
            "passthru",
            "d",
            "defer",
            "?",
            "lessons",
            "");
    private static final List<String> TOKENS = List.of(
            "d",
            "x",
            "y",
            "L",
            "g",
            "0",
            "1",
            "2",
            "-1",
            "0.1",
            "0.30000000000000004",
            "1e308",
            "1e400",
            "1e16",
            "99999999999999999999",
            "callback",
            "errback",
            "after",
            "cancel",
            "pause",
            "unpause",
            "add",
            "fire",
            "nothing",
            "yield",
            "catch",
            "return",
            "raise",
            "r",
            "f",
            "p",
            "d",
            "good",
            "bad",
            "v",
            "*",
            "None",
            "split",
            "all",
            "1",
            "13",
            "19",
            "20",
            "\"",
            "'",
            "\\",
            "\"a b\"",
            "'x y'",
            "\u00e9",
            "\ud83d\ude00",
            "\u4e2d",
            "\u00a0",
            "\u0085",
            "\u001b[31m",
            "\u0007",
            "\t",
            "--",
            "-",
            "|",
            ";",
            "#",
            "$HOME",
            "~");
    private static final Set<String> FILE_COMMANDS = Set.of("save", "export", "load");

    @TempDir
    Path home;

    /**
     * If a session of random commands, arguments and garbage lines is typed at the prompt, then the
     * prompt answers every line and ends at the end of input: no exception escapes, no stack trace
     * is printed, and the session stays within the time budget.
     */
    @Test
    void type_randomSessions_everyLineAnsweredNothingEscapes() throws IOException {
        AtomicLong tried = new AtomicLong();
        qt().withFixedSeed(Fuzz.seed())
                .withExamples(Fuzz.examples(20))
                .withShrinkCycles(20)
                .forAll(sessions())
                .checkAssert(session -> Fuzz.withinBudget(session, () -> {
                    tried.incrementAndGet();
                    String screen = type(session);
                    assertThat(screen).doesNotContain("\tat ", "Exception in thread", "java.lang.");
                }));
        Fuzz.report("prompt sessions", tried);
        try (var left = Files.list(home)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .allMatch(name -> !name.endsWith(".json")
                            || name.startsWith("progress")
                            || name.startsWith("autosave")
                            // a dumb session keeps work that 'load' or 'clear' replaced here
                            || name.equals(UnsavedWork.REPLACED));
        }
    }

    private String type(String session) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal(
                "fuzz",
                "dumb",
                new TypedInput(session.getBytes(StandardCharsets.UTF_8)),
                out,
                StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(120, 40));
            assertThat(ReplLauncher.run(terminal, home, false, null)).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Gen<String> sessions() {
        Gen<String> line = Generate.range(0, 3).flatMap(kind -> kind == 0 ? garbage() : commandLine());
        return in -> {
            StringBuilder session = new StringBuilder();
            for (int n = Generate.range(1, 25).generate(in); n > 0; n--) {
                String next = line.generate(in);
                if (!touchesFiles(next)) {
                    session.append(next).append('\n');
                }
            }
            return session.toString();
        };
    }

    private static Gen<String> commandLine() {
        return in -> {
            StringBuilder line = new StringBuilder(Generate.pick(COMMANDS).generate(in));
            for (int n = Generate.range(0, 5).generate(in); n > 0; n--) {
                line.append(' ').append(Generate.pick(TOKENS).generate(in));
            }
            return line.toString();
        };
    }

    private static Gen<String> garbage() {
        return Fuzz.anyText().map(text -> text.replace('\n', ' ').replace('\r', ' '));
    }

    /** True when the line's first word, quotes and escapes removed, names a command that writes or reads a file. */
    private static boolean touchesFiles(String line) {
        String plain = line.replaceAll("[\"'\\\\]", "").strip();
        String first = plain.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return FILE_COMMANDS.contains(first) || plain.contains("save") || plain.contains("export");
    }
}
