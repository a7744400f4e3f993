package deferredsim.cli.diagram;

import deferredsim.cli.text.Columns;
import java.util.ArrayList;
import java.util.List;

/** Word wrapping for sentences and timeline rows. */
final class Wrap {
    private Wrap() {}

    /**
     * {@code text} cut at spaces into lines of at most {@code width} terminal columns; a word longer
     * than {@code width} gets a line of its own. Never empty.
     */
    static List<String> words(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int columns = 0;
        for (String word : text.split(" ", -1)) {
            int wordColumns = Columns.width(word);
            if (line.length() > 0 && columns + 1 + wordColumns > width) {
                lines.add(line.toString());
                line.setLength(0);
                columns = 0;
            } else if (line.length() > 0) {
                line.append(' ');
                columns++;
            }
            line.append(word);
            columns += wordColumns;
        }
        lines.add(line.toString());
        return lines;
    }
}
