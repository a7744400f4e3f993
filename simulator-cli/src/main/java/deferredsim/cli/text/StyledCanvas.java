package deferredsim.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A growable grid of styled cells to draw diagrams on, addressed by (row, column) from (0, 0).
 * Writing a character, spaces included, replaces the cell's character and style; cells never
 * written read as plain spaces.
 *
 * <p>A canvas is a mutable builder: draw on it, then take its immutable {@link #lines()}. A cell
 * holds one Unicode code point, so a character outside the Basic Multilingual Plane takes one
 * column (terminals that draw some characters two columns wide are not accounted for). Make one
 * with {@link #create()}.
 */
public final class StyledCanvas {
    private final List<int[]> chars = new ArrayList<>();
    private final List<Style[]> styles = new ArrayList<>();

    private StyledCanvas() {}

    /** An empty canvas. */
    public static StyledCanvas create() {
        return new StyledCanvas();
    }

    /**
     * Writes {@code text} rightwards from {@code (row, col)} in {@code style} (plain when null).
     *
     * @throws IllegalArgumentException if {@code row} or {@code col} is negative
     */
    public StyledCanvas write(int row, int col, String text, Style style) {
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("cells start at (0, 0), not (" + row + ", " + col + ")");
        }
        int[] codePoints = text.codePoints().toArray();
        ensure(row, col + codePoints.length);
        int[] rowChars = chars.get(row);
        Style[] rowStyles = styles.get(row);
        for (int i = 0; i < codePoints.length; i++) {
            rowChars[col + i] = codePoints[i];
            rowStyles[col + i] = style;
        }
        return this;
    }

    /** Writes {@code text} without style. */
    public StyledCanvas write(int row, int col, String text) {
        return write(row, col, text, null);
    }

    /**
     * Sets the style of the cells already written from {@code col} to {@code col + width - 1} of
     * {@code row}, keeping their characters; cells never written are left alone.
     */
    public StyledCanvas restyle(int row, int col, int width, Style style) {
        if (row >= chars.size()) {
            return this;
        }
        int[] rowChars = chars.get(row);
        Style[] rowStyles = styles.get(row);
        for (int i = Math.max(col, 0); i < Math.min(col + width, rowChars.length); i++) {
            if (rowChars[i] != 0) {
                rowStyles[i] = style;
            }
        }
        return this;
    }

    /** The number of rows any drawing reached. */
    public int height() {
        return chars.size();
    }

    /**
     * The rows drawn so far, from row 0 to the lowest row written, each without trailing spaces;
     * rows never written are empty lines.
     */
    public List<StyledLine> lines() {
        List<StyledLine> lines = new ArrayList<>(chars.size());
        for (int r = 0; r < chars.size(); r++) {
            lines.add(line(chars.get(r), styles.get(r)));
        }
        return List.copyOf(lines);
    }

    private static StyledLine line(int[] rowChars, Style[] rowStyles) {
        int end = rowChars.length;
        while (end > 0 && (rowChars[end - 1] == 0 || rowChars[end - 1] == ' ')) {
            end--;
        }
        StyledLine.Builder line = StyledLine.builder();
        StringBuilder run = new StringBuilder();
        Style runStyle = null;
        for (int i = 0; i < end; i++) {
            Style style = rowChars[i] == 0 ? null : rowStyles[i];
            if (style != runStyle && run.length() > 0) {
                line.append(run.toString(), runStyle);
                run.setLength(0);
            }
            runStyle = style;
            run.appendCodePoint(rowChars[i] == 0 ? ' ' : rowChars[i]);
        }
        line.append(run.toString(), runStyle);
        return line.build();
    }

    private void ensure(int row, int width) {
        while (chars.size() <= row) {
            chars.add(new int[0]);
            styles.add(new Style[0]);
        }
        if (chars.get(row).length < width) {
            int size = Math.max(width, chars.get(row).length * 2);
            chars.set(row, Arrays.copyOf(chars.get(row), size));
            styles.set(row, Arrays.copyOf(styles.get(row), size));
        }
    }
}
