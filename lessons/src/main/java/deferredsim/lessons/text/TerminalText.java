package deferredsim.lessons.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders lesson Markdown as plain terminal lines of at most a given width: headings underlined
 * ({@code =} for level 1, {@code -} for level 2), paragraphs and list items wrapped (words longer
 * than the width stand alone on their line), code blocks indented by four spaces and never
 * wrapped, quotes marked with {@code | }. Blocks are separated by one blank line. Pure functions:
 * no terminal, no colours; the caller adds those at the edge.
 */
public final class TerminalText {
    /** The narrowest width rendering honours; narrower requests are treated as this. */
    public static final int MIN_WIDTH = 20;

    private TerminalText() {}

    /** The lines of {@code markdown} for a terminal {@code width} columns wide, without line ends. */
    public static List<String> render(String markdown, int width) {
        return render(Markdown.parse(markdown), width);
    }

    /** The lines of already parsed {@code blocks}. */
    public static List<String> render(List<Block> blocks, int width) {
        int w = Math.max(width, MIN_WIDTH);
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(block(block, w));
        }
        return lines;
    }

    private static List<String> block(Block block, int width) {
        List<String> lines = new ArrayList<>();
        if (block instanceof Block.Heading) {
            Block.Heading heading = (Block.Heading) block;
            List<String> text = wrap(Inline.plain(heading.text()), width, "", "");
            lines.addAll(text);
            if (heading.level() <= 2) {
                int longest = text.stream().mapToInt(String::length).max().orElse(0);
                lines.add((heading.level() == 1 ? "=" : "-").repeat(longest));
            }
        } else if (block instanceof Block.Paragraph) {
            lines.addAll(wrap(Inline.plain(((Block.Paragraph) block).text()), width, "", ""));
        } else if (block instanceof Block.ListBlock) {
            Block.ListBlock list = (Block.ListBlock) block;
            int last = list.start() + list.items().size() - 1;
            int markerWidth = list.ordered() ? String.valueOf(last).length() + 2 : 2;
            for (int i = 0; i < list.items().size(); i++) {
                String marker = list.ordered() ? (list.start() + i) + ". " : "- ";
                String first = "  " + " ".repeat(markerWidth - marker.length()) + marker;
                lines.addAll(wrap(Inline.plain(list.items().get(i)), width, first, " ".repeat(first.length())));
            }
        } else if (block instanceof Block.Code) {
            for (String line : ((Block.Code) block).lines()) {
                lines.add(("    " + line).stripTrailing());
            }
        } else if (block instanceof Block.Quote) {
            lines.addAll(wrap(Inline.plain(((Block.Quote) block).text()), width, "  | ", "  | "));
        } else {
            throw new AssertionError("unknown block " + block);
        }
        return lines;
    }

    /** Word-wraps {@code text}; the first line starts with {@code first}, the others with {@code rest}. */
    static List<String> wrap(String text, int width, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        if (!empty || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
