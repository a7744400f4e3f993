package deferredsim.lessons.text;

import java.util.List;
import java.util.Objects;

/**
 * One block of lesson Markdown, as {@link Markdown#parse(String)} splits it. Text inside blocks
 * is still inline Markdown ({@code `code`}, {@code *emphasis*}, {@code **strong**}, links); {@link
 * Inline#spans(String)} splits it further.
 */
public sealed interface Block {
    /** {@code # ...} to {@code ###### ...}. */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level " + level);
            }
        }
    }

    /** Consecutive lines of text, joined with single spaces. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A bulleted ({@code - }, {@code * }) or numbered ({@code 1. }) list; each item is one paragraph. */
    record ListBlock(boolean ordered, int start, List<String> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** A fenced code block: its lines exactly, and the word after the opening fence (may be empty). */
    record Code(String info, List<String> lines) implements Block {
        public Code {
            Objects.requireNonNull(info, "info");
            lines = List.copyOf(lines);
        }
    }

    /** Lines starting with {@code > }, joined like a paragraph. */
    record Quote(String text) implements Block {
        public Quote {
            Objects.requireNonNull(text, "text");
        }
    }
}
