package deferredsim.core.reactor.tcp;

import deferredsim.core.reactor.ReadDescriptor;
import deferredsim.core.reactor.ReadResult;
import deferredsim.core.reactor.SimulatedException;
import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.net.Connection;
import deferredsim.core.reactor.poetry.Python;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.value.Failure;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * What {@code listenTCP} returns: Twisted's {@code tcp.Port}, a listening socket watched for
 * reading. A client waiting in its accept queue makes it readable; its {@code doRead} accepts
 * every waiting client (Twisted accepts up to {@code numberAccepts}, 100, per {@code doRead}), and
 * for each one builds a protocol with the factory, connects it to a new {@link ServerConnection}
 * ({@code makeConnection}, so {@code connectionMade}) and watches that connection too. The factory
 * and the port live as long as it listens; protocols and connections come and go with clients.
 */
public final class ListeningPort implements ReadDescriptor {
    /** Twisted's {@code Port.numberAccepts}: the most clients one {@code doRead} accepts. */
    static final int NUMBER_ACCEPTS = 100;

    private final Tcp tcp;
    private final int port;
    private final ServerFactory factory;
    private final int readSize;
    private final Consumer<String> log;
    private final Queue<Connection> backlog = new ArrayDeque<>();
    private boolean listening;

    ListeningPort(Tcp tcp, int port, ServerFactory factory, int readSize, Consumer<String> log) {
        this.tcp = tcp;
        this.log = log == null ? line -> {} : log;
        this.port = port;
        this.factory = factory;
        this.readSize = readSize;
    }

    /** Its port number. */
    public int port() {
        return port;
    }

    /** The factory that builds its protocols. */
    public ServerFactory factory() {
        return factory;
    }

    void startListening() {
        if (!tcp.network().bind(port, backlog::add)) {
            throw SimulatedException.of(
                    "CannotListenError", "Couldn't listen on any:" + port + ": [Errno 98] Address already in use.");
        }
        listening = true;
        Process process = tcp.process();
        process.world().record(new NetworkEvents.PortOpened(process.now(), process.who(), port, factory.className()));
        log.accept(factory.className() + " starting on " + port);
        Tcp.call(process, factory.className() + ".startFactory", List.of(), factory::startFactory);
        tcp.reactor().addReader(this);
    }

    /**
     * {@code port.stopListening()}: unbinds the port at once (new clients are refused) and stops
     * watching it; connections already accepted go on. As in Twisted, the rest happens in the next
     * reactor iteration ({@code deferLater(reactor, 0, connectionLost)}): the "Closed" log line,
     * the factory's {@code stopFactory}, then {@code whenClosed} (where Twisted fires the Deferred
     * {@code stopListening} returned).
     */
    public void stopListening(Runnable whenClosed) {
        if (!listening) {
            whenClosed.run();
            return;
        }
        listening = false;
        tcp.network().unbind(port);
        tcp.reactor().removeReader(this);
        tcp.reactor().callLater(deferredsim.core.time.Time.ZERO, "Port.connectionLost " + port, () -> {
            Process process = tcp.process();
            process.world().record(new NetworkEvents.PortClosed(process.now(), process.who(), port));
            log.accept("(TCP Port " + port + " Closed)");
            Tcp.call(process, factory.className() + ".stopFactory", List.of(), factory::stopFactory);
            whenClosed.run();
        });
    }

    @Override
    public boolean readable() {
        return listening && !backlog.isEmpty();
    }

    @Override
    public ReadResult doRead() {
        for (int accepted = 0; accepted < NUMBER_ACCEPTS && !backlog.isEmpty(); accepted++) {
            accept(backlog.remove());
        }
        return ReadResult.KEEP;
    }

    private void accept(Connection connection) {
        Process process = tcp.process();
        process.world()
                .record(new NetworkEvents.Accepted(
                        process.now(), process.who(), connection.name(), connection.client()));
        String peer = Python.address(connection.clientPort());
        Protocol[] built = new Protocol[1];
        Tcp.call(
                process,
                factory.className() + ".buildProtocol",
                List.of(peer),
                () -> built[0] = factory.buildProtocol(peer));
        ServerConnection server = new ServerConnection(tcp, connection, built[0], readSize);
        server.connect();
    }

    @Override
    public void connectionLost(Failure reason) {
        listening = false;
        tcp.network().unbind(port);
    }

    @Override
    public String logPrefix() {
        return "port " + port;
    }
}
