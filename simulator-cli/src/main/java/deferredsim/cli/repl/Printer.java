package deferredsim.cli.repl;

import java.util.List;

/** Where the REPL writes. Colour appears only where the terminal has it. */
interface Printer {
    /** How a message line is meant: plain text, a hint, a problem, a success, a heading. */
    enum Tone {
        PLAIN,
        HINT,
        PROBLEM,
        GOOD,
        HEADING
    }

    /** Prints one plain line. */
    default void println(String line) {
        println(Tone.PLAIN, line);
    }

    /** Prints lines as they are. */
    default void printAll(List<String> lines) {
        lines.forEach(this::println);
    }

    /** Prints styled lines: in colour where the terminal has it, else their plain text. */
    void print(List<deferredsim.cli.text.StyledLine> lines);

    /** Prints one line in {@code tone}. */
    void println(Tone tone, String line);

    /** The terminal's width in columns (80 when unknown). */
    int width();

    /** The terminal's height in rows (40 when unknown). */
    int height();

    /** Clears the screen where the terminal can; otherwise prints a blank line. */
    void clearScreen();

    /** Flushes what was printed. */
    void flush();

    /**
     * Marks the start of a command's output: a printer that pages long output counts its page from
     * here (and prints again after the learner skipped the rest of the last command's output).
     */
    default void startCommand() {}
}
