package deferredsim.core.reactor.tcp;

/**
 * Twisted's {@code ServerFactory}: what {@code listenTCP} is given. It builds one protocol per
 * accepted connection and holds what they share (a poem, a service). {@link #startFactory} runs
 * when the port starts listening and {@link #stopFactory} when it stops.
 *
 * <p>Subclass it and implement {@link #protocol()}.
 */
public abstract class ServerFactory extends Factory {
    /** The port starts listening. Does nothing by default. */
    public void startFactory() {}

    /** The port stopped listening. Does nothing by default. */
    public void stopFactory() {}
}
