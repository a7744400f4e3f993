package deferredsim.cli.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Python 3 lexer for tests: splits a script into the code that Python would execute and
 * the string literals it holds, so tests can show that user text only ever ends up inside
 * literals. It knows what exported scripts use: {@code '...'}, {@code "..."} and {@code
 * """..."""} strings with backslash escapes, and {@code #} comments.
 */
final class PythonCode {
    /** The code with every string literal replaced by {@code STR} and every comment removed. */
    final String code;

    /** The decoded contents of every string literal, in order (escapes \" \\ \n \r \t \b \f \\u \\U \\x). */
    final List<String> literals;

    private PythonCode(String code, List<String> literals) {
        this.code = code;
        this.literals = literals;
    }

    static PythonCode scan(String source) {
        StringBuilder code = new StringBuilder();
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '#') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                String quote = source.startsWith(String.valueOf(c).repeat(3), i)
                        ? String.valueOf(c).repeat(3)
                        : String.valueOf(c);
                StringBuilder literal = new StringBuilder();
                i = readLiteral(source, i + quote.length(), quote, literal);
                literals.add(literal.toString());
                code.append("STR");
            } else {
                code.append(c);
                i++;
            }
        }
        return new PythonCode(code.toString(), literals);
    }

    /** Reads a literal's body from {@code i} up to and including its closing quote; returns the index after it. */
    private static int readLiteral(String source, int i, String quote, StringBuilder literal) {
        while (!source.startsWith(quote, i)) {
            char c = source.charAt(i);
            if (c == '\n' && quote.length() == 1) {
                throw new IllegalArgumentException("a line break inside a one-line string literal at " + i);
            }
            if (c != '\\') {
                literal.append(c);
                i++;
                continue;
            }
            char escape = source.charAt(i + 1);
            i += 2;
            switch (escape) {
                case 'n':
                    literal.append('\n');
                    break;
                case 'r':
                    literal.append('\r');
                    break;
                case 't':
                    literal.append('\t');
                    break;
                case 'b':
                    literal.append('\b');
                    break;
                case 'f':
                    literal.append('\f');
                    break;
                case 'x':
                    literal.append((char) Integer.parseInt(source.substring(i, i + 2), 16));
                    i += 2;
                    break;
                case 'u':
                    literal.append((char) Integer.parseInt(source.substring(i, i + 4), 16));
                    i += 4;
                    break;
                case 'U':
                    literal.appendCodePoint(Integer.parseInt(source.substring(i, i + 8), 16));
                    i += 8;
                    break;
                default:
                    literal.append(escape);
            }
        }
        return i + quote.length();
    }
}
