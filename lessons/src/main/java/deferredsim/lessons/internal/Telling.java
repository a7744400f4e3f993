package deferredsim.lessons.internal;

import deferredsim.core.reading.Reading;
import java.util.List;

/**
 * Builds a verdict's Markdown: paragraphs of its own, and events told with the {@link Reading}'s
 * sentences ({@link Reading#sentence(int)}), the same words every view shows for them.
 */
final class Telling {
    private final Reading reading;
    private final StringBuilder out = new StringBuilder();

    Telling(Reading reading) {
        this.reading = reading;
    }

    /** Adds a paragraph of Markdown; blank text adds nothing. */
    Telling paragraph(String markdown) {
        if (!markdown.isBlank()) {
            separate();
            out.append(markdown.strip());
        }
        return this;
    }

    /** Adds {@code heading} and event {@code index}'s sentence quoted below it; a negative index adds nothing. */
    Telling event(String heading, int index) {
        if (index >= 0) {
            paragraph(heading);
            separate();
            out.append("> ").append(Md.escape(reading.sentence(index)));
        }
        return this;
    }

    /** Adds {@code heading} and the sentences of {@code indexes} as a list; no indexes add nothing. */
    Telling events(String heading, List<Integer> indexes) {
        if (!indexes.isEmpty()) {
            paragraph(heading);
            separate();
            for (int i = 0; i < indexes.size(); i++) {
                out.append(i == 0 ? "" : "\n").append("- ").append(Md.escape(reading.sentence(indexes.get(i))));
            }
        }
        return this;
    }

    private void separate() {
        if (out.length() > 0) {
            out.append("\n\n");
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
