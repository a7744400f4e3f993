package deferredsim.cli;

/** Entry point of {@code ./deferred-sim}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(new CommandLine(System.in, System.out, System.err).run(args));
    }
}
