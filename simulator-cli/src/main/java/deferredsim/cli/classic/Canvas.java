package deferredsim.cli.classic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A growable grid of characters that diagrams are drawn on, like the original simulator's {@code
 * Screen}: drawing a character, spaces included, overwrites whatever was in that cell, and cells
 * never drawn read as spaces.
 *
 * <p>A canvas is a mutable builder: draw on it, then take its immutable {@link #lines()}. Cells
 * hold Unicode code points, so a value outside the Basic Multilingual Plane takes one cell, as it
 * takes one character in Python.
 */
final class Canvas {
    /* Overview: rows are char arrays (two bytes a cell, and a row is a String's text as it is); the
     * rare code point outside the BMP is kept aside, keyed by its cell, behind a placeholder char. */
    private static final char BLANK = ' ';
    private static final char SUPPLEMENTARY = '\uFFFF';

    private final List<char[]> rows = new ArrayList<>();
    private final Map<Long, Integer> supplementary = new HashMap<>();

    /** Sets the cell at column {@code x}, row {@code y} (both from 0) to {@code codePoint}. */
    void put(int x, int y, int codePoint) {
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("cells start at (0, 0), not (" + x + ", " + y + ")");
        }
        while (rows.size() <= y) {
            rows.add(new char[0]);
        }
        char[] row = rows.get(y);
        if (row.length <= x) {
            int length = row.length;
            row = Arrays.copyOf(row, Math.max(x + 1, length * 2));
            Arrays.fill(row, length, row.length, BLANK);
            rows.set(y, row);
        }
        long cell = ((long) y << 32) | x;
        if (row[x] == SUPPLEMENTARY) {
            supplementary.remove(cell);
        }
        if (Character.isBmpCodePoint(codePoint) && codePoint != SUPPLEMENTARY) {
            row[x] = (char) codePoint;
        } else {
            row[x] = SUPPLEMENTARY;
            supplementary.put(cell, codePoint);
        }
    }

    /** Writes {@code text} rightwards from column {@code x} of row {@code y}, spaces included. */
    void text(int x, int y, String text) {
        int column = x;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            put(column++, y, codePoint);
            i += Character.charCount(codePoint);
        }
    }

    /** Draws {@code width} dashes rightwards from column {@code x} of row {@code y}. */
    void horizontalLine(int x, int y, int width) {
        for (int i = 0; i < width; i++) {
            put(x + i, y, '-');
        }
    }

    /** Draws {@code height} bars downwards from row {@code y} of column {@code x}. */
    void verticalLine(int x, int y, int height) {
        for (int i = 0; i < height; i++) {
            put(x, y + i, '|');
        }
    }

    /** Draws a vertical line whose last cell is the tip of a downward arrow: {@code \|/}. */
    void arrow(int x, int y, int height) {
        verticalLine(x, y, height);
        put(x - 1, y + height - 1, '\\');
        put(x + 1, y + height - 1, '/');
    }

    /**
     * The rows drawn so far, from row 0 to the lowest row any drawing touched, each without
     * trailing spaces. Rows never drawn on are empty strings.
     */
    List<String> lines() {
        List<String> lines = new ArrayList<>(rows.size());
        for (int y = 0; y < rows.size(); y++) {
            lines.add(line(y, rows.get(y)));
        }
        return List.copyOf(lines);
    }

    private String line(int y, char[] row) {
        int end = row.length;
        while (end > 0 && row[end - 1] != SUPPLEMENTARY && Character.isWhitespace(row[end - 1])) {
            end--;
        }
        if (supplementary.isEmpty()) {
            return new String(row, 0, end);
        }
        StringBuilder line = new StringBuilder(end + 8);
        for (int x = 0; x < end; x++) {
            line.appendCodePoint(row[x] == SUPPLEMENTARY ? supplementary.get(((long) y << 32) | x) : row[x]);
        }
        return line.toString();
    }
}
