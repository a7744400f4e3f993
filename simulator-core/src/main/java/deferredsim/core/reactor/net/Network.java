package deferredsim.core.reactor.net;

import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.world.World;
import deferredsim.core.time.Time;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The loopback network of one or more client processes: servers listening on ports (the book's
 * slow poetry servers, and Twisted servers' listening ports), and connections to them. A connection is made at once (the kernel completes the handshake even while
 * the server is busy with another client); a port nobody listens on refuses it. Bytes take no time
 * to travel.
 *
 * <p>Create one with {@link #create(World, Numbering)}; several networks of one world share a
 * {@link Numbering} so connection names stay unique.
 */
public final class Network {
    private final World world;
    private final Numbering numbering;
    private final Map<Integer, Consumer<Connection>> backlogs = new HashMap<>();

    /** Hands out connection names {@code c1}, {@code c2}, … across networks. */
    public static final class Numbering {
        private int next = 1;

        int next() {
            return next++;
        }
    }

    private Network(World world, Numbering numbering) {
        this.world = world;
        this.numbering = numbering;
    }

    /** An empty network in {@code world}. */
    public static Network create(World world, Numbering numbering) {
        return new Network(world, numbering);
    }

    /**
     * Puts {@code server} on its port and starts its process now.
     *
     * @throws IllegalArgumentException when the port is taken
     */
    public void listen(PoetryServer server) {
        if (!bind(server.port(), server::enqueue)) {
            throw new IllegalArgumentException("port " + server.port() + " is taken");
        }
        world.record(server.listening(world.now()));
        world.spawn(server.who(), world.now(), server::serve);
    }

    /**
     * Binds {@code port}: from now on connections to it go to {@code backlog} (a listening socket's
     * accept queue).
     *
     * @return false, binding nothing, when the port is taken
     */
    public boolean bind(int port, Consumer<Connection> backlog) {
        return backlogs.putIfAbsent(port, backlog) == null;
    }

    /** Unbinds {@code port}: from now on connecting to it is refused. */
    public void unbind(int port) {
        backlogs.remove(port);
    }

    /**
     * Connects {@code client} to {@code port}, recording {@code connect} or {@code refused}.
     *
     * @return the connection, or empty when nothing listens on the port
     */
    public Optional<Connection> connect(String client, int port) {
        Consumer<Connection> backlog = backlogs.get(port);
        Time now = world.now();
        if (backlog == null) {
            world.record(new NetworkEvents.Refused(now, client, port));
            return Optional.empty();
        }
        Connection connection = new Connection(world, numbering.next(), client, port);
        world.record(new NetworkEvents.Connected(now, client, connection.name(), port));
        backlog.accept(connection);
        world.changed();
        return Optional.of(connection);
    }
}
