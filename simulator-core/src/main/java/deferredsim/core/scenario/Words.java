package deferredsim.core.scenario;

/**
 * Reads a short command string such as {@code yield a catch} or {@code callback V} word by word
 * (words are separated by whitespace as Python's {@code str.split()} sees it, {@link
 * PythonWhitespace}). Complaints point at the offending word's column in the
 * JSON source.
 */
final class Words {
    private final Located at;
    private final String text;
    private final String kind;
    private int pos;
    private int lastStart;

    /**
     * @param at the JSON string being read
     * @param text its value
     * @param kind what the string is, for messages: "a step", "a canceller"
     */
    Words(Located at, String text, String kind) {
        this.at = at;
        this.text = text;
        this.kind = kind;
        skipSpaces();
    }

    /** True when another word follows. */
    boolean hasMore() {
        return pos < text.length();
    }

    /** The next word; {@code expected} says what it should be when there is none. */
    String next(String expected) throws ScenarioException {
        if (!hasMore()) {
            throw at.errorAt(pos, "expected " + expected + " in " + kind + ", not its end");
        }
        lastStart = pos;
        pos = PythonWhitespace.nextSpace(text, pos);
        String word = text.substring(lastStart, pos);
        skipSpaces();
        return word;
    }

    /** A complaint about the word {@link #next(String)} returned last. */
    ScenarioException errorAtLast(String problem) {
        return at.errorAt(lastStart, problem);
    }

    /** Checks that no word follows; {@code after} describes what came last. */
    void end(String after) throws ScenarioException {
        if (hasMore()) {
            throw at.errorAt(
                    pos,
                    "expected the end of " + kind + " after " + after + ", not "
                            + Located.show(PythonWhitespace.strip(text.substring(pos))));
        }
    }

    private void skipSpaces() {
        pos = PythonWhitespace.skipSpaces(text, pos);
    }
}
