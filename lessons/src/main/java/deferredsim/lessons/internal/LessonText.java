package deferredsim.lessons.internal;

import deferredsim.lessons.LessonFormatException;
import deferredsim.lessons.LessonSection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Splits a lesson's Markdown into its {@code ##} sections. */
final class LessonText {
    private LessonText() {}

    /**
     * The sections of {@code markdown}: it must start (after blank lines) with a {@code ## }
     * heading; headings inside fenced code blocks do not count; titles are unique.
     *
     * @throws LessonFormatException naming the line of the problem
     */
    static List<LessonSection> sections(String file, String markdown) throws LessonFormatException {
        List<LessonSection> sections = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        boolean fenced = false;
        int fenceLine = 0;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("```")) {
                fenced = !fenced;
                fenceLine = i + 1;
            }
            if (!fenced && line.startsWith("## ")) {
                if (title != null) {
                    sections.add(new LessonSection(title, body.toString().strip()));
                }
                title = line.substring(3).strip();
                if (title.isEmpty() || !titles.add(title)) {
                    throw new LessonFormatException(
                            file,
                            (i + 1) + ":4: "
                                    + (title.isEmpty()
                                            ? "a section needs a title"
                                            : "a second section titled " + title));
                }
                body.setLength(0);
            } else if (title == null && !line.isBlank()) {
                throw new LessonFormatException(
                        file,
                        (i + 1)
                                + ":1: the text starts with a section heading (## Title); the lesson's own title is in"
                                + " lesson.json");
            } else if (!fenced && line.startsWith("# ")) {
                throw new LessonFormatException(
                        file,
                        (i + 1) + ":1: use ## for sections and ### below them; the lesson's title is in lesson.json");
            } else {
                body.append(line).append('\n');
            }
        }
        if (fenced) {
            throw new LessonFormatException(file, fenceLine + ":1: the ``` code block opened here is not closed");
        }
        if (title == null) {
            throw new LessonFormatException(file, "1:1: the text has no sections (## Title)");
        }
        sections.add(new LessonSection(title, body.toString().strip()));
        return sections;
    }
}
