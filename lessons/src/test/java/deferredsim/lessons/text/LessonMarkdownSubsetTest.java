package deferredsim.lessons.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The lessons' Markdown stays within the subset {@link Markdown} and {@link Inline} render: each
 * lesson file is parsed by a full CommonMark parser, and any construct the project's renderer
 * would show differently (an image, a rule, HTML, an indented code block, a nested list, a
 * setext heading, emphasis with underscores, styles inside styles…) is reported with its line.
 */
class LessonMarkdownSubsetTest {
    private static final Path LESSONS = Path.of("src", "main", "resources", "lessons");

    /** Blocks the renderer shows as such. */
    private static final Set<Class<? extends Node>> BLOCKS = Set.of(
            Document.class,
            Heading.class,
            FencedCodeBlock.class,
            Paragraph.class,
            BulletList.class,
            OrderedList.class,
            ListItem.class,
            BlockQuote.class);

    /** Inline nodes the renderer shows as such. */
    private static final Set<Class<? extends Node>> INLINES =
            Set.of(Text.class, Code.class, Emphasis.class, StrongEmphasis.class, Link.class, SoftLineBreak.class);

    /** When every lesson's Markdown is parsed by CommonMark, then it uses only what the lessons' renderer shows. */
    @Test
    void lessonMarkdown_staysWithinTheRenderersSubset() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(LESSONS)) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        List<String> outside = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            outside.addAll(outsideSubset(text).stream()
                    .map(problem -> LESSONS.relativize(file) + ":" + problem)
                    .toList());
        }

        assertThat(files).hasSizeGreaterThanOrEqualTo(19);
        assertThat(outside)
                .as("Markdown the lessons' renderer would not show as written")
                .isEmpty();
    }

    /** When a text uses constructs outside the subset, then each one is found, with its line. */
    @Test
    void outsideSubset_findsEachConstructTheRendererLacks() {
        String text = "Title\n=====\n\n![cat](cat.png)\n\n---\n\n    indented code\n\n- item\n  - nested\n\n"
                + "<div>html</div>\n\nSome _underscored_ text and **bold *inside*** here.\n\n# Fine heading\n\n"
                + "```\nfine code\n```\n";

        assertThat(outsideSubset(text))
                .containsExactly(
                        "1: a heading underlined with = or - (write # Heading)",
                        "4: Image",
                        "6: ThematicBreak",
                        "8: IndentedCodeBlock",
                        "10: a list inside a list item (one paragraph per item)",
                        "13: HtmlBlock",
                        "15: emphasis with _ (write *text*)",
                        "15: a style inside another style");
    }

    /** The constructs of {@code markdown} outside the subset, as {@code LINE: what}. */
    static List<String> outsideSubset(String markdown) {
        Parser parser = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        Node document = parser.parse(markdown);
        String[] lines = markdown.split("\n", -1);
        List<String> problems = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            String problem = problem(node, lines);
            if (problem != null) {
                problems.add(line(node) + ": " + problem);
            }
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return problems;
    }

    private static String problem(Node node, String[] lines) {
        if (!BLOCKS.contains(node.getClass()) && !INLINES.contains(node.getClass())) {
            return node.getClass().getSimpleName();
        }
        if (node instanceof Heading && !lines[line(node) - 1].stripLeading().startsWith("#")) {
            return "a heading underlined with = or - (write # Heading)";
        }
        if (node instanceof FencedCodeBlock fenced
                && !fenced.getFenceCharacter().equals("`")) {
            return "a code fence of ~ (write ```)";
        }
        if (node instanceof ListItem) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof Paragraph)) {
                    return "a list inside a list item (one paragraph per item)";
                }
                if (child != node.getFirstChild()) {
                    return "a second paragraph in a list item (one paragraph per item)";
                }
            }
        }
        if (node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof Paragraph)) {
                    return "a " + child.getClass().getSimpleName() + " inside a quote (quotes hold text only)";
                }
            }
        }
        if (node instanceof Emphasis emphasis && !emphasis.getOpeningDelimiter().equals("*")) {
            return "emphasis with _ (write *text*)";
        }
        if (node instanceof StrongEmphasis strong
                && !strong.getOpeningDelimiter().equals("**")) {
            return "strong emphasis with __ (write **text**)";
        }
        if (node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof Text) && !(child instanceof SoftLineBreak)) {
                    return "a style inside another style";
                }
            }
        }
        return null;
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
