package deferredsim.core.reactor.tcp;

/**
 * Twisted's {@code protocol.Factory}: builds a {@link Protocol} for each connection. One factory
 * serves every connection of a {@code connectTCP} or a listening port and lives as long as it does;
 * each connection gets its own protocol instance.
 *
 * <p>Subclass {@link ClientFactory} or {@link ServerFactory} and implement {@link #protocol()}.
 */
public abstract class Factory {
    /** A new protocol instance: the class in Twisted's {@code protocol} attribute. */
    protected abstract Protocol protocol();

    /** Builds the protocol for a new connection with {@code address} and sets its {@code factory}. */
    public Protocol buildProtocol(String address) {
        Protocol protocol = protocol();
        protocol.factory = this;
        return protocol;
    }

    /** Its class name, as Python would show it ({@code PoetryClientFactory}). */
    public String className() {
        return getClass().getSimpleName();
    }
}
