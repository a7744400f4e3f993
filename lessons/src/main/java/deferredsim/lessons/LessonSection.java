package deferredsim.lessons;

import java.util.Objects;

/**
 * One {@code ## heading} of a lesson's text and the Markdown under it (without the heading line).
 * Render it with {@link deferredsim.lessons.text.TerminalText} or any Markdown renderer.
 */
public record LessonSection(String title, String markdown) {
    public LessonSection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
    }
}
