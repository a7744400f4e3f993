package deferredsim.core.reactor.tcp;

import deferredsim.core.reactor.net.Data;
import deferredsim.core.value.Failure;

/**
 * Twisted's {@code Protocol}: one instance per connection, holding that connection's state. The
 * reactor's TCP machinery calls, in this order: {@link #makeConnection(Transport)} (which calls
 * {@link #connectionMade()}), {@link #dataReceived(Data)} once per read (the bytes of one read may
 * be several chunks the server sent, or part of one), and {@link #connectionLost(Failure)}.
 *
 * <p>Subclass it; a {@link Factory} builds instances and sets {@link #factory}.
 */
public abstract class Protocol {
    /** The factory that built this protocol (set by {@link Factory#buildProtocol}). */
    protected Factory factory;
    /** The transport, once connected. */
    protected Transport transport;

    private boolean connected;

    /** Connects this protocol to {@code transport} and calls {@link #connectionMade()}. */
    public void makeConnection(Transport transport) {
        this.connected = true;
        this.transport = transport;
        Tcp.recordedCall(transport.process(), this, "connectionMade", java.util.List.of(), this::connectionMade);
    }

    /** True once {@link #makeConnection} ran. */
    public final boolean connected() {
        return connected;
    }

    /** The connection is made. Does nothing by default. */
    public void connectionMade() {}

    /** Bytes arrived. Does nothing by default. */
    public void dataReceived(Data data) {}

    /** The connection is gone (cleanly: {@code ConnectionDone}). Does nothing by default. */
    public void connectionLost(Failure reason) {}

    /** Its class name, as Python would show it in a traceback ({@code PoetryProtocol}). */
    public String className() {
        return getClass().getSimpleName();
    }
}
