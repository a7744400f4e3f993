package deferredsim.core.reactor.tcp;

/** Twisted's {@code IConnector}: what {@code connectTCP} returns and factories are told about. */
public interface Connector {
    /** Stops connecting ({@code clientConnectionFailed(UserError)}) or closes the connection. */
    void disconnect();

    /** The address being connected to, as Twisted's {@code IPv4Address} repr. */
    String getDestination();
}
