package deferredsim.cli.diagram;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for sentences and timeline rows. */
final class Wrap {
    private Wrap() {}

    /**
     * {@code text} cut at spaces into lines of at most {@code width} characters; a word longer
     * than {@code width} gets a line of its own. Never empty.
     */
    static List<String> words(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
