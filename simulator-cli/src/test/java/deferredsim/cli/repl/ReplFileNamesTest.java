package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names at the prompt are read as JLine's Tab completion writes them: escapes and quotes. */
class ReplFileNamesTest {
    @TempDir
    Path home;

    /** When a name with spaces is written with backslashes, as Tab completes it, then save and load use that file. */
    @Test
    void saveAndLoad_ofANameEscapedAsTabWritesIt() throws Exception {
        Path dir = Files.createDirectories(home.resolve("sp dir"));
        String escaped = FileArgument.quote(dir.resolve("my chain.json").toString());
        String screen = ReplSession.type(home, "r kept p\nsave " + escaped + "\nclear\nload " + escaped + "\nlist\n");
        assertThat(dir.resolve("my chain.json")).exists();
        assertThat(screen).contains(" 0  return kept | passthru").doesNotContain("unexpected");
    }

    /** When a name with spaces and an apostrophe is written in double quotes, then it is one file name. */
    @Test
    void save_ofADoubleQuotedNameWithAnApostrophe() {
        Path file = home.resolve("it's here.json");
        ReplSession.type(home, "r kept p\nsave \"" + file + "\"\n");
        assertThat(file).exists();
    }

    /** When a name is written in single quotes, then export writes that file. */
    @Test
    void export_ofASingleQuotedName() {
        Path file = home.resolve("my trace.jsonl");
        ReplSession.type(home, "r kept p\nexport trace '" + file + "'\n");
        assertThat(file).exists();
    }

    /** If a quote is not closed, then the message says so at the name's column and nothing is written. */
    @Test
    void save_withAnUnclosedQuoteSaysSo() {
        String screen = ReplSession.type(home, "r kept p\nsave 'never closed.json\n");
        assertThat(screen).contains("^ column 6", "the quote that starts the file name is not closed");
    }

    /** If a name with a space is not quoted, then the message points at the second word and says how to quote. */
    @Test
    void load_ofAnUnquotedNameWithASpaceExplainsQuoting() {
        String screen = ReplSession.type(home, "load my file.json\n");
        assertThat(screen)
                .contains("^ column 9")
                .contains("unexpected 'file.json' after the file name 'my'; a name with spaces needs quotes");
    }

    /** When a file name is given on the command line with a space in it, then it is loaded. */
    @Test
    void commandLineFile_withASpaceIsLoaded() throws Exception {
        Path file = home.resolve("a b.json");
        Files.writeString(
                file,
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [[\"r x\","
                        + " \"p\"]]}]}");
        String screen = ReplSession.type(home, "list\n", 200, file.toString());
        assertThat(screen).contains(" 0  return x | passthru");
    }

    /** When Tab completes a name holding a quote, JLine leaves its spaces unescaped; then load still finds the file. */
    @Test
    void load_ofACompletedNameWithAQuoteAndSpaces() throws Exception {
        Path dir = Files.createDirectories(home.resolve("sp dir"));
        Files.writeString(
                dir.resolve("it's.json"),
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": [[\"r q\","
                        + " \"p\"]]}]}");
        String screen = ReplSession.type(home, "load " + dir.resolve("it's.json") + "\nlist\n");
        assertThat(screen).contains(" 0  return q | passthru");
    }
}
