package deferredsim.lessons.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    // When text mixes headings, paragraphs, lists, quotes and code, then each becomes its own block in order.
    @Test
    void parse_splitsBlocks() {
        List<Block> blocks =
                Markdown.parse("# Title\n\nOne line\nand the next.\n\n- a\n- b\n  continued\n\n1. first\n2. second\n\n"
                        + "> quoted\n> more\n\n```json\n{\"x\": 1}\n  indented\n```\n");

        assertThat(blocks)
                .containsExactly(
                        new Block.Heading(1, "Title"),
                        new Block.Paragraph("One line and the next."),
                        new Block.ListBlock(false, 1, List.of("a", "b continued")),
                        new Block.ListBlock(true, 1, List.of("first", "second")),
                        new Block.Quote("quoted more"),
                        new Block.Code("json", List.of("{\"x\": 1}", "  indented")));
    }

    // When list items are separated by blank lines, then they stay one list.
    @Test
    void parse_looseList_staysOneList() {
        assertThat(Markdown.parse("- a\n\n- b\n")).containsExactly(new Block.ListBlock(false, 1, List.of("a", "b")));
    }

    // When a heading line follows a paragraph line directly, then it starts a new block.
    @Test
    void parse_headingAfterParagraph_startsNewBlock() {
        assertThat(Markdown.parse("text\n## Next"))
                .containsExactly(new Block.Paragraph("text"), new Block.Heading(2, "Next"));
    }

    // When a numbered list starts at 3, then the block remembers it.
    @Test
    void parse_numberedListStart_isKept() {
        assertThat(Markdown.parse("3. c\n4. d")).containsExactly(new Block.ListBlock(true, 3, List.of("c", "d")));
    }
}
