package deferredsim.core.reactor.tcp;

import deferredsim.core.reactor.Reactor;
import deferredsim.core.reactor.net.Network;
import deferredsim.core.reactor.world.Process;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code reactor.connectTCP} for one reactor on one network: what a Twisted client uses to reach
 * the poetry servers. Every callback it makes into a factory or protocol is recorded as a call, in
 * Twisted's order: {@code startedConnecting} (inside {@code connectTCP}); then, in a later iteration,
 * either {@code clientConnectionFailed} or {@code buildProtocol} → {@code makeConnection} → {@code
 * connectionMade}; then {@code dataReceived} × k; then {@code connectionLost} and {@code
 * clientConnectionLost}.
 *
 * <p>Create one with {@link #create}.
 */
public final class Tcp {
    /** Twisted's {@code bufferSize}: the most one {@code doRead} reads. */
    public static final int DEFAULT_READ_SIZE = 65536;

    private final Reactor reactor;
    private final Network network;

    private Tcp(Reactor reactor, Network network) {
        this.reactor = reactor;
        this.network = network;
    }

    /** TCP for {@code reactor}'s process on {@code network}. */
    public static Tcp create(Reactor reactor, Network network) {
        return new Tcp(reactor, network);
    }

    /** The reactor. */
    public Reactor reactor() {
        return reactor;
    }

    /**
     * {@code reactor.connectTCP(host, port, factory)}: tells the factory {@code startedConnecting}
     * now and connects in the next timed-call pass. Each {@code doRead} reads at most {@code
     * readSize} bytes (Twisted: 65536), so a smaller size splits the server's chunks.
     *
     * @return the connector
     */
    public Connector connectTCP(String host, int port, ClientFactory factory, int readSize) {
        TcpClient client = new TcpClient(this, host, port, factory, readSize);
        client.start();
        return client;
    }

    /** {@link #connectTCP(String, int, ClientFactory, int)} with Twisted's read size. */
    public Connector connectTCP(String host, int port, ClientFactory factory) {
        return connectTCP(host, port, factory, DEFAULT_READ_SIZE);
    }

    Network network() {
        return network;
    }

    Process process() {
        return reactor.process();
    }

    /**
     * {@code reactor.listenTCP(port, factory)}: binds the port now, tells the factory {@code
     * startFactory}, and watches the listening socket: a client waiting to be accepted makes it
     * readable, and its {@code doRead} accepts every waiting client, building one protocol per
     * connection. Each server-side {@code doRead} reads at most {@code readSize} bytes. Twisted's log
     * lines ("PoetryFactory starting on 10000", "(TCP Port 10000 Closed)") go to {@code log}, or
     * nowhere when it is null (a program that never starts logging).
     *
     * @return the listening port
     * @throws deferredsim.core.reactor.SimulatedException {@code CannotListenError} when the port is taken
     */
    public ListeningPort listenTCP(int port, ServerFactory factory, int readSize, Consumer<String> log) {
        ListeningPort listening = new ListeningPort(this, port, factory, readSize, log);
        listening.startListening();
        return listening;
    }

    /** {@link #listenTCP(int, ServerFactory, int, Consumer)} with Twisted's read size, logging to {@code log}. */
    public ListeningPort listenTCP(int port, ServerFactory factory, Consumer<String> log) {
        return listenTCP(port, factory, DEFAULT_READ_SIZE, log);
    }

    /** Records a call of {@code owner.method(args)} on {@code process} and runs it in that frame. */
    static void recordedCall(Process process, Protocol owner, String method, List<String> args, Runnable body) {
        call(process, owner.className() + "." + method, args, body);
    }

    static void call(Process process, String function, List<String> args, Runnable body) {
        process.call(function, args, body);
    }
}
