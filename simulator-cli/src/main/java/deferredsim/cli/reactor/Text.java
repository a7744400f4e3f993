package deferredsim.cli.reactor;

/** Small text helpers for the reactor views: padding and cutting to a width, ASCII only. */
final class Text {
    private Text() {}

    /** {@code s} padded with spaces, or cut, to exactly {@code width} characters. */
    static String pad(String s, int width) {
        if (s.length() >= width) {
            return s.substring(0, width);
        }
        return s + " ".repeat(width - s.length());
    }

    /** {@code s} cut to {@code width} characters, ending in {@code ...} when cut. */
    static String cut(String s, int width) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, Math.max(0, width - 3)) + "...";
    }
}
