package deferredsim.core.reactor.tcp;

import deferredsim.core.value.Failure;

/**
 * Twisted's {@code ClientFactory}: builds a {@link Protocol} for each connection ({@link
 * #buildProtocol}) and hears about connections that fail or end. A connect failure reaches the
 * factory ({@link #clientConnectionFailed}), because no protocol exists yet, and always in a later
 * reactor iteration than {@code connectTCP}.
 *
 * <p>Subclass it and implement {@link #protocol()}.
 */
public abstract class ClientFactory extends Factory {

    /** {@code connectTCP} started connecting. Does nothing by default. */
    public void startedConnecting(Connector connector) {}

    /** The connection could not be made. Does nothing by default: the program waits for ever. */
    public void clientConnectionFailed(Connector connector, Failure reason) {}

    /** A made connection ended. Does nothing by default. */
    public void clientConnectionLost(Connector connector, Failure reason) {}
}
