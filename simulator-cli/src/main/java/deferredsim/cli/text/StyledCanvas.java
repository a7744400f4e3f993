package deferredsim.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A growable grid of styled cells to draw diagrams on, addressed by (row, column) from (0, 0).
 * Writing a character, spaces included, replaces the cell's character and style; cells never
 * written read as plain spaces.
 *
 * <p>A canvas is a mutable builder: draw on it, then take its immutable {@link #lines()}. Text is
 * measured in terminal {@link Columns}: a wide character (CJK, most emoji) takes two cells, the
 * second of which holds nothing of its own; a zero-width one (a combining mark, a joiner) joins the
 * character before it. Writing over half of a wide character blanks its other half, so every
 * line stays as wide on the screen as its cells. Make one with {@link #create()}.
 */
public final class StyledCanvas {
    /** The second cell of a wide character. */
    private static final int WIDE_TAIL = -1;

    private final List<int[]> chars = new ArrayList<>();
    private final List<Style[]> styles = new ArrayList<>();
    /** Per row, lazily: zero-width code points that follow a cell's character. */
    private final List<Map<Integer, String>> joined = new ArrayList<>();

    private StyledCanvas() {}

    /** An empty canvas. */
    public static StyledCanvas create() {
        return new StyledCanvas();
    }

    /**
     * Writes {@code text} rightwards from {@code (row, col)} in {@code style} (plain when null),
     * each character taking the columns it takes on a terminal.
     *
     * @throws IllegalArgumentException if {@code row} or {@code col} is negative
     */
    public StyledCanvas write(int row, int col, String text, Style style) {
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("cells start at (0, 0), not (" + row + ", " + col + ")");
        }
        ensure(row, col + Columns.width(text) + 1);
        int[] rowChars = chars.get(row);
        Style[] rowStyles = styles.get(row);
        int at = col;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int width = Columns.of(cp);
            if (width == 0) {
                if (at > 0) {
                    joinTo(row, lead(rowChars, at - 1), cp);
                }
                continue;
            }
            clearHalves(row, at, width);
            rowChars[at] = cp;
            rowStyles[at] = style;
            if (width == 2) {
                rowChars[at + 1] = WIDE_TAIL;
                rowStyles[at + 1] = style;
            }
            at += width;
        }
        return this;
    }

    /** The cell holding the character that covers {@code cell}. */
    private static int lead(int[] rowChars, int cell) {
        return rowChars[cell] == WIDE_TAIL && cell > 0 ? cell - 1 : cell;
    }

    /** Before cells {@code [at, at + width)} are written: blanks the halves of wide characters they cut. */
    private void clearHalves(int row, int at, int width) {
        int[] rowChars = chars.get(row);
        if (rowChars[at] == WIDE_TAIL && at > 0) {
            rowChars[at - 1] = ' ';
        }
        int after = at + width;
        if (after < rowChars.length && rowChars[after] == WIDE_TAIL) {
            rowChars[after] = ' ';
        }
        Map<Integer, String> extras = joined.get(row);
        if (extras != null) {
            for (int cell = at; cell < after; cell++) {
                extras.remove(cell);
            }
        }
    }

    private void joinTo(int row, int cell, int cp) {
        if (joined.get(row) == null) {
            joined.set(row, new HashMap<>());
        }
        joined.get(row).merge(cell, new String(Character.toChars(cp)), String::concat);
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
            lines.add(line(chars.get(r), styles.get(r), joined.get(r)));
        }
        return List.copyOf(lines);
    }

    private static StyledLine line(int[] rowChars, Style[] rowStyles, Map<Integer, String> extras) {
        int end = rowChars.length;
        while (end > 0 && (rowChars[end - 1] == 0 || rowChars[end - 1] == ' ')) {
            end--;
        }
        StyledLine.Builder line = StyledLine.builder();
        StringBuilder run = new StringBuilder();
        Style runStyle = null;
        for (int i = 0; i < end; i++) {
            if (rowChars[i] == WIDE_TAIL) {
                continue;
            }
            Style style = rowChars[i] == 0 ? null : rowStyles[i];
            if (style != runStyle && run.length() > 0) {
                line.append(run.toString(), runStyle);
                run.setLength(0);
            }
            runStyle = style;
            run.appendCodePoint(rowChars[i] == 0 ? ' ' : rowChars[i]);
            if (extras != null && extras.containsKey(i)) {
                run.append(extras.get(i));
            }
        }
        line.append(run.toString(), runStyle);
        return line.build();
    }

    private void ensure(int row, int width) {
        while (chars.size() <= row) {
            chars.add(new int[0]);
            styles.add(new Style[0]);
            joined.add(null);
        }
        if (chars.get(row).length < width) {
            int size = Math.max(width, chars.get(row).length * 2);
            chars.set(row, Arrays.copyOf(chars.get(row), size));
            styles.set(row, Arrays.copyOf(styles.get(row), size));
        }
    }
}
