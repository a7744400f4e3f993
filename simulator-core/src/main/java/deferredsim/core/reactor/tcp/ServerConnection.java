package deferredsim.core.reactor.tcp;

import deferredsim.core.reactor.ReadDescriptor;
import deferredsim.core.reactor.ReadResult;
import deferredsim.core.reactor.Reasons;
import deferredsim.core.reactor.WriteDescriptor;
import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.net.Connection;
import deferredsim.core.reactor.net.Data;
import deferredsim.core.reactor.poetry.Python;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.value.Failure;
import java.util.List;

/**
 * The server's end of one accepted connection: Twisted's {@code tcp.Server}, the transport its
 * protocol writes to. Watched for reading while connected ({@code dataReceived} per read, the end
 * of the stream when the client hangs up), and for writing while written bytes wait to be sent.
 * {@link #loseConnection()} stops reading and closes once the queue is sent; after the connection
 * is gone, writes are dropped without a word.
 */
final class ServerConnection implements Transport, ReadDescriptor, WriteDescriptor {
    private enum State {
        CONNECTED,
        DISCONNECTING,
        DISCONNECTED
    }

    private final Tcp tcp;
    private final Connection connection;
    private final Protocol protocol;
    private final int readSize;
    private final Outgoing outgoing;
    private State state = State.CONNECTED;

    ServerConnection(Tcp tcp, Connection connection, Protocol protocol, int readSize) {
        this.tcp = tcp;
        this.connection = connection;
        this.protocol = protocol;
        this.readSize = readSize;
        this.outgoing = new Outgoing(tcp.reactor(), this, connection.name(), connection::deliver);
    }

    /** Connects the protocol ({@code makeConnection}, so {@code connectionMade}) and starts reading. */
    void connect() {
        Tcp.call(
                process(),
                protocol.className() + ".makeConnection",
                List.of("<" + connection.name() + ">"),
                () -> protocol.makeConnection(this));
        if (state == State.CONNECTED) {
            tcp.reactor().addReader(this);
        }
    }

    @Override
    public Process process() {
        return tcp.process();
    }

    @Override
    public boolean readable() {
        return state == State.CONNECTED && connection.readableByServer();
    }

    @Override
    public ReadResult doRead() {
        Data data = connection.recvByServer(process().who(), readSize);
        if (data.isEmpty()) {
            return ReadResult.lost(Reasons.CONNECTION_DONE);
        }
        Tcp.recordedCall(
                process(), protocol, "dataReceived", List.of(data.render()), () -> protocol.dataReceived(data));
        return ReadResult.KEEP;
    }

    @Override
    public Failure doWrite() {
        return outgoing.flush(state == State.DISCONNECTING);
    }

    @Override
    public void write(Data data) {
        Tcp.call(process(), "transport.write", List.of(data.render()), () -> {
            if (state != State.DISCONNECTED) {
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
    public void connectionLost(Failure reason) {
        state = State.DISCONNECTED;
        connection.finish();
        Process process = process();
        process.world().record(new NetworkEvents.Closed(process.now(), process.who(), connection.name()));
        Tcp.recordedCall(
                process, protocol, "connectionLost", List.of(reason.render()), () -> protocol.connectionLost(reason));
    }

    @Override
    public String getPeer() {
        return Python.address(connection.clientPort());
    }

    @Override
    public String logPrefix() {
        return connection.name();
    }
}
