package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab offers only words that are valid where the cursor is; the line being typed has colour only when allowed. */
class ReplCompleterTest {
    @TempDir
    Path home;

    /** When Tab is pressed after 'export', then the kinds are offered, and no deferred names. */
    @Test
    void export_offersItsKindsOnly() {
        assertThat(offered("export ")).containsExactlyInAnyOrder("python", "trace", "text", "svg");
    }

    /** When Tab is pressed after 'help', then command names are offered, and no deferred names. */
    @Test
    void help_offersCommandNamesOnly() {
        assertThat(offered("help ")).contains("list", "fire", "save").doesNotContain("x");
    }

    /** When Tab is pressed in 'at T VERB NAME', then each position gets its own words. */
    @Test
    void at_offersVerbsThenNamesThenMethods() {
        assertThat(offered("at 1 ")).containsExactlyInAnyOrderElementsOf(ActionCommands.VERBS);
        assertThat(offered("at 1 fire ")).containsExactlyInAnyOrder("d", "x");
        assertThat(offered("at 1 fire x ")).containsExactlyInAnyOrder("callback", "errback");
        assertThat(offered("at ")).isEmpty();
    }

    /** When Tab is pressed after 'fire x', then the methods are offered; after 'use x', nothing more. */
    @Test
    void fireAndUse_offerWhatComesNext() {
        assertThat(offered("fire ")).contains("d", "x", "callback", "errback", "none");
        assertThat(offered("fire x ")).containsExactlyInAnyOrder("callback", "errback", "none");
        assertThat(offered("use x ")).isEmpty();
    }

    /** When Tab is pressed in 'edit N', then nothing is offered for the number and stage keywords for the pair. */
    @Test
    void edit_offersKeywordsWhereThePairStarts() {
        assertThat(offered("edit ")).isEmpty();
        assertThat(offered("edit 0 ")).containsExactlyElementsOf(MemberWords.KEYWORDS);
    }

    /** If colour is off, then the highlighter underlines a mistake but uses no colour. */
    @Test
    void highlighter_withoutColourUsesNoColour() {
        ReplHighlighter plain = new ReplHighlighter(Repl.standardCommands(), false);
        ReplHighlighter coloured = new ReplHighlighter(Repl.standardCommands(), true);
        AttributedString without = plain.highlight(null, "r x fial y");
        assertThat(without.toAnsi()).doesNotContain("\u001b[3", "\u001b[9").contains("\u001b[4m");
        assertThat(coloured.highlight(null, "r x fial y").toAnsi()).contains("\u001b[3");
    }

    /** When a line holds a control character, then the highlighter shows its escape instead of it. */
    @Test
    void highlighter_showsControlCharactersAsEscapes() {
        AttributedString shown = new ReplHighlighter(Repl.standardCommands(), false).highlight(null, "r a\u001bb p");
        assertThat(shown.toString()).isEqualTo("r a\\x1bb p");
    }

    private List<String> offered(String line) {
        ReplContext context = new ReplContext(new StreamPrinter(System.out, 80), () -> Keys.EOF, home);
        context.workbench.use("x");
        ReplCompleter completer = new ReplCompleter(Repl.standardCommands(), context);
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(
                null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }
}
