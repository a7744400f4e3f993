package deferredsim.lessons.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown subset lessons are written in, split into {@link Block}s: ATX headings, fenced
 * code blocks, bulleted and numbered lists (one paragraph per item; continuation lines join the
 * item), block quotes and paragraphs, separated by blank lines. Anything else is paragraph text.
 * Pure functions; no state.
 */
public final class Markdown {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}([0-9]{1,9})[.)]\\s+(.*)$");

    private Markdown() {}

    /** The blocks of {@code markdown}, in order. */
    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                i++;
            } else if (line.strip().startsWith("```")) {
                i = code(lines, i, blocks);
            } else if (HEADING.matcher(line).matches()) {
                Matcher m = HEADING.matcher(line);
                m.matches();
                blocks.add(new Block.Heading(m.group(1).length(), m.group(2)));
                i++;
            } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                i = list(lines, i, blocks);
            } else if (line.stripLeading().startsWith(">")) {
                StringBuilder text = new StringBuilder();
                while (i < lines.length && lines[i].stripLeading().startsWith(">")) {
                    appendWords(text, lines[i].stripLeading().substring(1));
                    i++;
                }
                blocks.add(new Block.Quote(text.toString()));
            } else {
                StringBuilder text = new StringBuilder();
                while (i < lines.length && !lines[i].isBlank() && !startsBlock(lines[i])) {
                    appendWords(text, lines[i]);
                    i++;
                }
                blocks.add(new Block.Paragraph(text.toString()));
            }
        }
        return blocks;
    }

    private static boolean startsBlock(String line) {
        return line.strip().startsWith("```")
                || HEADING.matcher(line).matches()
                || BULLET.matcher(line).matches()
                || NUMBERED.matcher(line).matches()
                || line.stripLeading().startsWith(">");
    }

    private static int code(String[] lines, int start, List<Block> blocks) {
        String info = lines[start].strip().substring(3).strip();
        List<String> code = new ArrayList<>();
        int i = start + 1;
        while (i < lines.length && !lines[i].strip().startsWith("```")) {
            code.add(lines[i]);
            i++;
        }
        blocks.add(new Block.Code(info, code));
        return Math.min(i + 1, lines.length);
    }

    private static int list(String[] lines, int start, List<Block> blocks) {
        boolean ordered = NUMBERED.matcher(lines[start]).matches();
        Pattern item = ordered ? NUMBERED : BULLET;
        int first = 1;
        if (ordered) {
            Matcher m = NUMBERED.matcher(lines[start]);
            m.matches();
            first = Integer.parseInt(m.group(1));
        }
        List<String> items = new ArrayList<>();
        StringBuilder current = null;
        int i = start;
        while (i < lines.length) {
            String line = lines[i];
            Matcher m = item.matcher(line);
            if (m.matches()) {
                if (current != null) {
                    items.add(current.toString());
                }
                current = new StringBuilder();
                appendWords(current, m.group(ordered ? 2 : 1));
                i++;
            } else if (line.isBlank()) {
                int next = i + 1;
                while (next < lines.length && lines[next].isBlank()) {
                    next++;
                }
                if (next < lines.length && item.matcher(lines[next]).matches()) {
                    i = next;
                } else {
                    break;
                }
            } else if (!startsBlock(line)) {
                appendWords(current, line);
                i++;
            } else {
                break;
            }
        }
        items.add(current.toString());
        blocks.add(new Block.ListBlock(ordered, first, items));
        return i;
    }

    private static void appendWords(StringBuilder text, String line) {
        String words = line.strip();
        if (words.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(words);
    }
}
