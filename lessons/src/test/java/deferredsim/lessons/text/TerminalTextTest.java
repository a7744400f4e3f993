package deferredsim.lessons.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    // When a paragraph is longer than the width, then it wraps between words and no line is longer than the width.
    @Test
    void render_paragraph_wrapsAtWidth() {
        assertThat(TerminalText.render("one two three four five six seven eight nine ten", 20))
                .containsExactly("one two three four", "five six seven eight", "nine ten")
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(20));
    }

    // When headings are rendered, then levels 1 and 2 are underlined and blocks are separated by one blank line.
    @Test
    void render_headings_areUnderlined() {
        assertThat(TerminalText.render("# Big\n\n## Small\n\n### Tiny\n\ntext", 40))
                .containsExactly("Big", "===", "", "Small", "-----", "", "Tiny", "", "text");
    }

    // When list items wrap, then continuation lines are indented under the item's text.
    @Test
    void render_listItems_hangUnderText() {
        assertThat(TerminalText.render("- alpha beta gamma delta epsilon\n- z", 22))
                .containsExactly("  - alpha beta gamma", "    delta epsilon", "  - z");
    }

    // When numbered items reach two digits, then their text lines up.
    @Test
    void render_numberedList_alignsText() {
        assertThat(TerminalText.render("9. a\n10. b", 40)).containsExactly("   9. a", "  10. b");
    }

    // When a code block has lines wider than the terminal, then they are indented and not wrapped.
    @Test
    void render_code_isIndentedNotWrapped() {
        String wide = "x".repeat(50);
        assertThat(TerminalText.render("```\n" + wide + "\n```", 20)).containsExactly("    " + wide);
    }

    // When a word is longer than the width, then it stands alone on its line.
    @Test
    void render_longWord_standsAlone() {
        String word = "w".repeat(30);
        assertThat(TerminalText.render("a " + word + " b", 20)).containsExactly("a", word, "b");
    }

    // When a quote is rendered, then each line starts with a bar.
    @Test
    void render_quote_isMarked() {
        assertThat(TerminalText.render("> note this", 40)).containsExactly("  | note this");
    }

    // If the width is tiny or zero, then the minimum width is used.
    @Test
    void render_tinyWidth_usesMinimum() {
        assertThat(TerminalText.render("aaaa bbbb cccc dddd eeee", 0)).containsExactly("aaaa bbbb cccc dddd", "eeee");
    }
}
