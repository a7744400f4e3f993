package deferredsim.bench;

/**
 * The reactor scenarios the reactor benchmarks run, as {@code reactor-scenario/1} JSON: each
 * exercises one kind of process. They use only what every version of the reactor model reads, so
 * the same benchmark can run against an older build of the core.
 */
final class ReactorWorkloads {
    private ReactorWorkloads() {}

    /** The names {@link #json} knows. */
    static final String[] NAMES = {"poetry", "loop", "clients", "sleepers"};

    /**
     * The scenario called {@code name}: {@code poetry} (three slow servers, a Twisted 2.0 client:
     * servers, the network, the reactor and protocols), {@code loop} (a LoopingCall printing every
     * millisecond: the reactor and the program), {@code clients} (Part 2's blocking and asynchronous
     * clients on shared servers: flat processes only), {@code sleepers} (a program whose callbacks
     * block in time.sleep while servers and a client go on: the holder).
     *
     * @throws IllegalArgumentException for another name
     */
    static String json(String name) {
        return switch (name) {
            case "poetry" ->
                "{\"format\": \"reactor-scenario/1\", \"servers\": ["
                        + server(10000, 6000, 10, "0.01") + ", " + server(10001, 4000, 10, "0.013") + ", "
                        + server(10002, 5000, 20, "0.02") + "], \"twistedClient\": {\"version\": \"2.0\","
                        + " \"ports\": [10000, 10001, 10002]}}";
            case "loop" ->
                "{\"format\": \"reactor-scenario/1\", \"until\": 3, \"program\": {\"main\":"
                        + " [\"lc = LoopingCall tick\", \"lc.start 0.001\", \"reactor.run\"],"
                        + " \"functions\": {\"tick\": [\"print tick\"]}}}";
            case "clients" ->
                "{\"format\": \"reactor-scenario/1\", \"servers\": ["
                        + server(10000, 3000, 10, "0.01") + ", " + server(10001, 2000, 10, "0.01") + "],"
                        + " \"clients\": [{\"kind\": \"blocking\", \"ports\": [10000, 10001]},"
                        + " {\"kind\": \"async\", \"ports\": [10000, 10001]}]}";
            case "sleepers" ->
                "{\"format\": \"reactor-scenario/1\", \"until\": 60, \"servers\": ["
                        + server(10000, 3000, 10, "0.01") + "], \"clients\": [{\"kind\": \"async\", \"ports\":"
                        + " [10000]}], \"program\": {\"main\": [\"lc = LoopingCall nap\", \"lc.start 0.5\","
                        + " \"reactor.callLater 50 reactor.stop\", \"reactor.run\"], \"functions\": {\"nap\":"
                        + " [\"print nap\", \"time.sleep 0.25\", \"print awake\"]}}}";
            default -> throw new IllegalArgumentException("no reactor workload called " + name);
        };
    }

    private static String server(int port, int bytes, int chunk, String delay) {
        return "{\"port\": " + port + ", \"bytes\": " + bytes + ", \"chunk\": " + chunk + ", \"delay\": " + delay + "}";
    }
}
