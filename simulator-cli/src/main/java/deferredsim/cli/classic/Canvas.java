package deferredsim.cli.classic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    private static final int UNSET = 0;

    private final List<int[]> rows = new ArrayList<>();

    /** Sets the cell at column {@code x}, row {@code y} (both from 0) to {@code codePoint}. */
    void put(int x, int y, int codePoint) {
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("cells start at (0, 0), not (" + x + ", " + y + ")");
        }
        while (rows.size() <= y) {
            rows.add(new int[0]);
        }
        int[] row = rows.get(y);
        if (row.length <= x) {
            row = Arrays.copyOf(row, Math.max(x + 1, row.length * 2));
            rows.set(y, row);
        }
        row[x] = codePoint;
    }

    /** Writes {@code text} rightwards from column {@code x} of row {@code y}, spaces included. */
    void text(int x, int y, String text) {
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            put(x + i, y, codePoints[i]);
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
        for (int[] row : rows) {
            StringBuilder line = new StringBuilder(row.length);
            for (int cell : row) {
                line.appendCodePoint(cell == UNSET ? ' ' : cell);
            }
            lines.add(line.toString().stripTrailing());
        }
        return List.copyOf(lines);
    }
}
