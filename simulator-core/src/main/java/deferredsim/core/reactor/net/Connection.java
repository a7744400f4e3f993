package deferredsim.core.reactor.net;

import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.world.World;

/**
 * One TCP connection between a client process and a server, as two {@link Pipe}s: what the server
 * sent and the client has not read (the client's kernel receive buffer), and what the client sent
 * and the server has not read. Sends at one instant pile up, so one read may take several of them,
 * and a read of at most {@code n} bytes may take part of one. Each end closes its sending side;
 * the other end reads the end of the stream once the buffer is drained (the end is sticky).
 *
 * <p>Connections come from {@link Network#connect}.
 */
public final class Connection {
    private final World world;
    private final int number;
    private final String client;
    private final int port;
    private final Pipe toClient = new Pipe();
    private final Pipe toServer = new Pipe();

    Connection(World world, int number, String client, int port) {
        this.world = world;
        this.number = number;
        this.client = client;
        this.port = port;
    }

    /** Its name in events: {@code c1}, {@code c2}, … in connecting order. */
    public String name() {
        return "c" + number;
    }

    /**
     * The client's own (ephemeral) port, as the server sees it in {@code getPeer()}: a made-up but
     * stable number, 49152 (the start of the dynamic range) plus the connection's number.
     */
    public int clientPort() {
        return 49152 + number;
    }

    /** The client process's name. */
    public String client() {
        return client;
    }

    /** The server's port. */
    public int port() {
        return port;
    }

    /** {@code 127.0.0.1:PORT}, as the book's clients print addresses. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** Bytes in the client's receive buffer. */
    public int available() {
        return toClient.available();
    }

    /** True when a client's {@code recv} would not block: bytes are buffered, or the server closed. */
    public boolean readable() {
        return !clientClosed() && (available() > 0 || serverClosed());
    }

    /** True when the server has closed its end. */
    public boolean serverClosed() {
        return toClient.senderClosed();
    }

    /** True when the client has closed its end. */
    public boolean clientClosed() {
        return toServer.senderClosed();
    }

    /**
     * {@code recv(max)} by the client: up to {@code max} buffered bytes, or nothing at the end of the
     * stream. Records the read ({@code recv}) or the end ({@code eof}).
     *
     * @throws IllegalStateException when nothing is buffered and the stream has not ended (a
     *     non-blocking socket would raise EWOULDBLOCK; callers check {@link #readable()} first)
     */
    public Data recv(int max) {
        return read(toClient, client, max);
    }

    /** The client sends {@code data} to the server (which reads it in a later turn); no event. */
    public void sendToServer(Data data) {
        if (clientClosed()) {
            return;
        }
        toServer.send(data);
        world.changed();
    }

    /** The client closes its end: no more reads or sends; the server reads the end of the stream. */
    public void close() {
        if (clientClosed()) {
            return;
        }
        toServer.close();
        world.record(new NetworkEvents.Closed(world.now(), client, name()));
        world.changed();
    }

    /** True when a server's {@code recv} would not block: the client sent bytes, or closed. */
    public boolean readableByServer() {
        return toServer.available() > 0 || clientClosed();
    }

    /**
     * {@code recv(max)} by the server process {@code server}: up to {@code max} bytes the client sent,
     * or nothing at the end of the stream, recorded as the server's {@code recv} or {@code eof}.
     *
     * @throws IllegalStateException when nothing is buffered and the client has not closed
     */
    public Data recvByServer(String server, int max) {
        return read(toServer, server, max);
    }

    /** The server sends {@code data} to the client; no event (the server records its {@code send}). */
    public void deliver(Data data) {
        if (serverClosed()) {
            return;
        }
        toClient.send(data);
        world.changed();
    }

    /** The server closes its end: the client reads the end of the stream after what is buffered. */
    public void finish() {
        toClient.close();
        world.changed();
    }

    private Data read(Pipe pipe, String reader, int max) {
        if (pipe.available() == 0) {
            if (!pipe.senderClosed()) {
                throw new IllegalStateException("recv on " + name() + " would block");
            }
            world.record(new NetworkEvents.EndOfFile(world.now(), reader, name(), pipe == toServer));
            return Data.EMPTY;
        }
        Data data = pipe.read(max);
        world.record(new NetworkEvents.Received(world.now(), reader, name(), data.size(), data.text()));
        return data;
    }
}
