package deferredsim.cli.text;

import org.jline.utils.WCWidth;

/**
 * How many terminal columns text takes, from JLine's {@link WCWidth}: CJK ideographs and most
 * emoji take two, combining marks and joiners none, everything else one (a control character
 * counts as one: it is shown escaped, never raw). The diagrams drawn at the prompt measure with
 * this; the classic diagram keeps Python's {@code len()}, as the original does.
 */
public final class Columns {
    private Columns() {}

    /** The columns {@code text} takes on a terminal. */
    public static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The columns one code point takes: 0, 1 or 2. */
    public static int of(int cp) {
        if (cp < 0x7f && cp >= 0x20) {
            return 1;
        }
        int width = WCWidth.wcwidth(cp);
        return width < 0 ? 1 : width;
    }

    /** {@code text} padded with spaces on the right to {@code columns} (unchanged when wider). */
    public static String padRight(String text, int columns) {
        int missing = columns - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }
}
