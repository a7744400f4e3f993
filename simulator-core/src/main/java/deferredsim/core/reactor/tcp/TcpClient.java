package deferredsim.core.reactor.tcp;

import deferredsim.core.reactor.DelayedCall;
import deferredsim.core.reactor.ReadDescriptor;
import deferredsim.core.reactor.ReadResult;
import deferredsim.core.reactor.Reasons;
import deferredsim.core.reactor.WriteDescriptor;
import deferredsim.core.reactor.net.Connection;
import deferredsim.core.reactor.net.Data;
import deferredsim.core.reactor.poetry.Python;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import java.util.List;
import java.util.Optional;

/**
 * One {@code connectTCP}: Twisted's {@code tcp.Client} and {@code Connector} in one. Connecting,
 * it is a timed call and then a writer (the connect completes when the socket is writable);
 * connected, a reader, and a writer while bytes it wrote wait to be sent; after {@code
 * loseConnection}, a writer until the queue is sent, and then it is closed.
 */
final class TcpClient implements Connector, Transport, ReadDescriptor, WriteDescriptor {
    private enum State {
        CONNECTING,
        HANDSHAKE,
        CONNECTED,
        DISCONNECTING,
        DISCONNECTED
    }

    private final Tcp tcp;
    private final String host;
    private final int port;
    private final ClientFactory factory;
    private final int readSize;
    private State state = State.CONNECTING;
    private DelayedCall connectCall;
    private Connection connection;
    private Protocol protocol;
    private Outgoing outgoing;

    TcpClient(Tcp tcp, String host, int port, ClientFactory factory, int readSize) {
        this.tcp = tcp;
        this.host = host;
        this.port = port;
        this.factory = factory;
        this.readSize = readSize;
    }

    @Override
    public Process process() {
        return tcp.process();
    }

    void start() {
        Tcp.call(
                process(),
                factory.className() + ".startedConnecting",
                List.of(),
                () -> factory.startedConnecting(this));
        if (state == State.CONNECTING) {
            connectCall = tcp.reactor().callLater(Time.ZERO, "doConnect " + host + ":" + port, this::doConnect);
        }
    }

    private void doConnect() {
        connectCall = null;
        Optional<Connection> made = tcp.network().connect(process().who(), port);
        if (made.isEmpty()) {
            failed(Reasons.CONNECTION_REFUSED);
            return;
        }
        connection = made.get();
        outgoing = new Outgoing(tcp.reactor(), this, connection.name(), connection::sendToServer);
        state = State.HANDSHAKE;
        tcp.reactor().addWriter(this);
    }

    private void failed(Failure reason) {
        state = State.DISCONNECTED;
        Tcp.call(
                process(),
                factory.className() + ".clientConnectionFailed",
                List.of(getDestination(), reason.render()),
                () -> factory.clientConnectionFailed(this, reason));
    }

    @Override
    public Failure doWrite() {
        if (state != State.HANDSHAKE) {
            return outgoing.flush(state == State.DISCONNECTING);
        }
        tcp.reactor().removeWriter(this);
        state = State.CONNECTED;
        Protocol[] built = new Protocol[1];
        Tcp.call(
                process(),
                factory.className() + ".buildProtocol",
                List.of(getDestination()),
                () -> built[0] = factory.buildProtocol(getDestination()));
        protocol = built[0];
        Tcp.call(
                process(),
                protocol.className() + ".makeConnection",
                List.of("<" + connection.name() + ">"),
                () -> protocol.makeConnection(this));
        if (state == State.CONNECTED) {
            tcp.reactor().addReader(this);
        }
        return null;
    }

    @Override
    public boolean readable() {
        return state == State.CONNECTED && connection.readable();
    }

    @Override
    public ReadResult doRead() {
        Data data = connection.recv(readSize);
        if (data.isEmpty()) {
            return ReadResult.lost(Reasons.CONNECTION_DONE);
        }
        Tcp.call(
                process(),
                protocol.className() + ".dataReceived",
                List.of(data.render()),
                () -> protocol.dataReceived(data));
        return ReadResult.KEEP;
    }

    @Override
    public void connectionLost(Failure reason) {
        if (state == State.CONNECTING || state == State.HANDSHAKE) {
            failed(reason);
            return;
        }
        state = State.DISCONNECTED;
        connection.close();
        Tcp.call(
                process(),
                protocol.className() + ".connectionLost",
                List.of(reason.render()),
                () -> protocol.connectionLost(reason));
        Tcp.call(
                process(),
                factory.className() + ".clientConnectionLost",
                List.of(getDestination(), reason.render()),
                () -> factory.clientConnectionLost(this, reason));
    }

    @Override
    public void write(Data data) {
        Tcp.call(process(), "transport.write", List.of(data.render()), () -> {
            if (state == State.CONNECTED || state == State.DISCONNECTING) {
                outgoing.write(data);
            }
        });
    }

    @Override
    public void loseConnection() {
        if (state != State.CONNECTED) {
            return;
        }
        state = State.DISCONNECTING;
        tcp.reactor().removeReader(this);
        tcp.reactor().addWriter(this);
    }

    @Override
    public void disconnect() {
        if (state == State.CONNECTING) {
            connectCall.cancel();
            failed(Reasons.USER_ERROR);
        } else if (state == State.HANDSHAKE) {
            tcp.reactor().removeWriter(this);
            connection.close();
            failed(Reasons.USER_ERROR);
        } else {
            loseConnection();
        }
    }

    @Override
    public String getPeer() {
        return Python.address(port);
    }

    @Override
    public String getDestination() {
        return Python.address(port);
    }

    @Override
    public String logPrefix() {
        return connection == null
                ? "connect " + port
                : state == State.HANDSHAKE ? "connect " + connection.name() : connection.name();
    }
}
