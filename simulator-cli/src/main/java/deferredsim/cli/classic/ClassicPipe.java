package deferredsim.cli.classic;

import deferredsim.cli.text.LineLimit;
import deferredsim.cli.text.SafeText;
import deferredsim.core.scenario.PairSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The classic simulator for piped standard input: pair lines in, the diagram out, nothing else (no
 * instructions, no prompts).
 *
 * <p>Reading stops at the first empty line after a pair line, or at the end of input; empty lines
 * before the first pair line are skipped, as the original kept asking for a pair. A line of only
 * spaces is not empty: it is a bad line, as in the original. A line longer than the {@link
 * LineLimit} is a bad line too, and only its first characters are kept in memory while the rest is
 * counted. What is printed goes through {@link SafeText}: a control character in a value shows as
 * an escape such as {@code \x1b} instead of acting on the terminal.
 */
public final class ClassicPipe {
    /** Exit status: the diagram was printed. */
    public static final int OK = 0;

    /** Exit status: standard input could not be read. */
    public static final int UNREADABLE = 1;

    /** Exit status: bad lines or no pairs; nothing was printed on {@code out}. */
    public static final int BAD_INPUT = 2;

    private static final String PROGRAM = "deferred-sim";

    private ClassicPipe() {}

    /**
     * Reads pair lines from {@code in} (UTF-8) and prints the diagram of the deferred they make on
     * {@code out}: wide (three columns side by side) or, with {@code narrow}, one column.
     *
     * <p>If any line is bad, every bad line is reported on {@code err} with its line number (from
     * 1), column, what is wrong and what would be right, and no diagram is printed.
     *
     * @return {@link #OK}, {@link #BAD_INPUT} (bad lines, or no pair at all) or {@link #UNREADABLE}
     */
    public static int run(InputStream in, PrintStream out, PrintStream err, boolean narrow) {
        return run(in, out, err, narrow, LineLimit.fromEnvironment());
    }

    /** As {@link #run(InputStream, PrintStream, PrintStream, boolean)}, with lines limited by {@code limit}. */
    static int run(InputStream in, PrintStream out, PrintStream err, boolean narrow, LineLimit limit) {
        List<PairSpec> pairs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), limit, pairs, problems);
        } catch (IOException e) {
            err.println(PROGRAM + ": cannot read standard input: " + e.getMessage());
            return UNREADABLE;
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> problem.lines().forEach(line -> err.println(SafeText.UTF8.line(line))));
            err.println(PROGRAM + ": no diagram: fix the line" + (problems.size() == 1 ? "" : "s") + " above");
            return BAD_INPUT;
        }
        if (pairs.isEmpty()) {
            err.println(PROGRAM + ": no pairs given: write one pair per line, such as 'r good f bad',"
                    + " and end with an empty line");
            return BAD_INPUT;
        }
        ClassicSnapshot snapshot = ClassicSimulation.simulate(pairs);
        List<String> diagram = narrow ? ClassicRenderer.narrow(snapshot) : ClassicRenderer.wide(snapshot);
        diagram.forEach(line -> out.println(SafeText.UTF8.line(line)));
        out.flush();
        return OK;
    }

    private static void read(BufferedReader reader, LineLimit limit, List<PairSpec> pairs, List<String> problems)
            throws IOException {
        int number = 0;
        boolean started = false;
        StringBuilder line = new StringBuilder();
        for (long length = readLine(reader, limit, line); length >= 0; length = readLine(reader, limit, line)) {
            number++;
            if (length == 0) {
                if (started) {
                    return;
                }
                continue;
            }
            started = true;
            if (limit.exceededBy(length)) {
                problems.add(String.format(Locale.ROOT, "%s: line %d: %s", PROGRAM, number, limit.message(length)));
                continue;
            }
            try {
                pairs.add(PairLineParser.parse(line.toString()));
            } catch (PairLineException e) {
                problems.add(describe(number, line.toString(), e));
            }
        }
    }

    /**
     * Reads the next line into {@code line} (without its end: \n, \r\n or \r), keeping at most
     * one character more than {@code limit} allows and counting the rest.
     *
     * @return the line's full length, or -1 at the end of input
     */
    private static long readLine(Reader reader, LineLimit limit, StringBuilder line) throws IOException {
        line.setLength(0);
        long length = 0;
        int c = reader.read();
        if (c < 0) {
            return -1;
        }
        while (c >= 0 && c != '\n') {
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                return length;
            }
            if (length <= limit.characters()) {
                line.append((char) c);
            }
            length++;
            c = reader.read();
        }
        return length;
    }

    /**
     * The report of a bad line: where and what, then the line itself with a caret under the column.
     * Tabs are shown as single spaces so that the caret lines up.
     */
    private static String describe(int number, String line, PairLineException e) {
        String shown = line.replace('\t', ' ');
        return String.format(
                Locale.ROOT,
                "%s: line %d, column %d: %s%n    %s%n    %s^",
                PROGRAM,
                number,
                e.column(),
                e.getMessage(),
                shown,
                " ".repeat(e.column() - 1));
    }
}
