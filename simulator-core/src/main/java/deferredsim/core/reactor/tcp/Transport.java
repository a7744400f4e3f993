package deferredsim.core.reactor.tcp;

/** Twisted's {@code ITransport} as a client protocol sees it: the other end, and a way to hang up. */
public interface Transport {
    /** Closes the connection; {@code connectionLost(ConnectionDone)} follows in a later iteration. */
    void loseConnection();

    /** The server's address, as Twisted's {@code IPv4Address} repr. */
    String getPeer();
}
