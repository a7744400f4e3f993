package deferredsim.core.reactor.tcp;

import deferredsim.core.reactor.net.Data;
import deferredsim.core.reactor.world.Process;

/**
 * Twisted's {@code ITransport}, as a protocol sees it: the other end, a way to send and a way to
 * hang up. Both return at once and promise something for later: {@code write} queues the bytes,
 * which the reactor sends when the socket is writable; {@code loseConnection} closes after the
 * queued bytes are sent.
 */
public interface Transport {
    /**
     * Queues {@code data} to be sent in a later reactor iteration. After the connection is gone (or
     * once it is closing for good) a write is silently dropped, as in Twisted.
     */
    void write(Data data);

    /** Closes the connection once the queued bytes are sent; {@code connectionLost(ConnectionDone)} follows. */
    void loseConnection();

    /** The other end's address, as Twisted's {@code IPv4Address} repr. */
    String getPeer();

    /** The connection's name in events ({@code c1}), as Twisted's {@code logPrefix} names a transport. */
    String logPrefix();

    /** The process whose reactor runs this transport. */
    Process process();
}
