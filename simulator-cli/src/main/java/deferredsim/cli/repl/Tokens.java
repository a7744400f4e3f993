package deferredsim.cli.repl;

import deferredsim.core.scenario.PythonWhitespace;
import java.util.ArrayList;
import java.util.List;

/** A line split at whitespace, each word remembering its 1-based column for messages. */
final class Tokens {
    /** One word and where it starts. */
    record Token(String text, int column) {}

    private final List<Token> tokens;
    private final String line;

    private Tokens(String line, List<Token> tokens) {
        this.line = line;
        this.tokens = List.copyOf(tokens);
    }

    /** Splits {@code line} at runs of whitespace, as Python's {@code str.split()} sees it (contract section 6). */
    static Tokens of(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            i = PythonWhitespace.skipSpaces(line, i);
            int start = i;
            i = PythonWhitespace.nextSpace(line, i);
            if (i > start) {
                tokens.add(new Token(line.substring(start, i), start + 1));
            }
        }
        return new Tokens(line, tokens);
    }

    String line() {
        return line;
    }

    int size() {
        return tokens.size();
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    String text(int index) {
        return tokens.get(index).text();
    }

    /** The tokens from {@code from} on, as a new line-less list. */
    Tokens from(int from) {
        return new Tokens(line, tokens.subList(Math.min(from, tokens.size()), tokens.size()));
    }

    /** The column just after the last token: where a missing word would go. */
    int endColumn() {
        return tokens.isEmpty()
                ? 1
                : tokens.get(tokens.size() - 1).column()
                        + tokens.get(tokens.size() - 1).text().length()
                        + 1;
    }

    /** The column of token {@code index}, or {@link #endColumn()} past the end. */
    int columnOf(int index) {
        return index < tokens.size() ? tokens.get(index).column() : endColumn();
    }
}
