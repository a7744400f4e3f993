package deferredsim.core.reactor.net;

import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.world.World;

/**
 * One TCP connection from a client to a poetry server, with the client's kernel receive buffer:
 * the server's chunks pile up there until the client reads them, so one read may take several
 * chunks, and a read of at most {@code n} bytes may take part of one. The stream ends when the
 * server closes its end; from then on a read returns nothing (the end is sticky).
 *
 * <p>Connections come from {@link Network#connect}.
 */
public final class Connection {
    private final World world;
    private final String name;
    private final String client;
    private final int port;
    private Poem poem;
    private int delivered;
    private int read;
    private boolean serverClosed;
    private boolean clientClosed;

    Connection(World world, String name, String client, int port) {
        this.world = world;
        this.name = name;
        this.client = client;
        this.port = port;
    }

    /** Its name in events: {@code c1}, {@code c2}, … in connecting order. */
    public String name() {
        return name;
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

    /** Bytes in the receive buffer. */
    public int available() {
        return delivered - read;
    }

    /** True when a {@code recv} would not block: bytes are buffered, or the server closed. */
    public boolean readable() {
        return !clientClosed && (available() > 0 || serverClosed);
    }

    /** True when the server has closed its end. */
    public boolean serverClosed() {
        return serverClosed;
    }

    /** True when the client has closed its end. */
    public boolean clientClosed() {
        return clientClosed;
    }

    /**
     * {@code recv(max)} by the client: up to {@code max} buffered bytes, or nothing at the end of the
     * stream. Records the read ({@code recv}) or the end ({@code eof}).
     *
     * @throws IllegalStateException when nothing is buffered and the stream has not ended (a
     *     non-blocking socket would raise EWOULDBLOCK; callers check {@link #readable()} first)
     */
    public Data recv(int max) {
        if (available() == 0) {
            if (!serverClosed) {
                throw new IllegalStateException("recv on " + name + " would block");
            }
            world.record(new NetworkEvents.EndOfFile(world.now(), client, name));
            return Data.EMPTY;
        }
        Data data = poem.slice(read, read + Math.min(max, available()));
        read += data.size();
        world.record(new NetworkEvents.Received(world.now(), client, name, data.size(), data.text()));
        return data;
    }

    /** The client closes its end: no more reads; the server notices at its next send. */
    public void close() {
        if (clientClosed) {
            return;
        }
        clientClosed = true;
        world.record(new NetworkEvents.Closed(world.now(), client, name));
        world.changed();
    }

    void accepted(Poem poem) {
        this.poem = poem;
    }

    void deliver(int bytes) {
        delivered += bytes;
        world.changed();
    }

    void finish() {
        serverClosed = true;
        world.changed();
    }
}
