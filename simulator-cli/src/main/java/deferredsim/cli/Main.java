package deferredsim.cli;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point of {@code ./deferred-sim}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        boolean interactive = stdinIsTerminal();
        int status = new CommandLine(System.in, out, System.err, interactive).run(args);
        out.flush();
        System.exit(status);
    }

    /**
     * Whether standard input is a terminal. The launcher says so in {@code deferredsim.stdin.tty}
     * (the shell's {@code [ -t 0 ]}); otherwise the console tells, which on Java 17 also needs a
     * terminal on standard output.
     */
    private static boolean stdinIsTerminal() {
        String told = System.getProperty("deferredsim.stdin.tty");
        if (told != null && !told.isEmpty()) {
            return Boolean.parseBoolean(told);
        }
        return System.console() != null;
    }
}
