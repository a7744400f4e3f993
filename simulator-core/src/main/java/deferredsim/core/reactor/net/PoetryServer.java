package deferredsim.core.reactor.net;

import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.time.Time;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Queue;

/**
 * The book's slow poetry server ({@code blocking-server/slowpoetry.py}) as a process: it serves one
 * client at a time, the others waiting in its accept queue. For each client it sends the poem in
 * chunks of {@code chunk} bytes, chunk k at {@code accept + k·delay}, and closes the connection at
 * {@code accept + N·delay} (N chunks); a client that closed early is noticed at the next send, and
 * the server goes on with the next client.
 *
 * <p>Create one with {@link #create} and {@link Network#listen} it.
 */
public final class PoetryServer {
    private final String who;
    private final int port;
    private final Poem poem;
    private final int chunk;
    private final Time delay;
    private final Queue<Connection> backlog = new ArrayDeque<>();

    private PoetryServer(String who, int port, Poem poem, int chunk, Time delay) {
        this.who = Objects.requireNonNull(who, "who");
        this.port = port;
        this.poem = Objects.requireNonNull(poem, "poem");
        this.chunk = chunk;
        this.delay = Objects.requireNonNull(delay, "delay");
        if (chunk < 1) {
            throw new IllegalArgumentException("a chunk has at least one byte");
        }
    }

    /** A server named {@code who} for {@code port} sending {@code poem} {@code chunk} bytes every {@code delay}. */
    public static PoetryServer create(String who, int port, Poem poem, int chunk, Time delay) {
        return new PoetryServer(who, port, poem, chunk, delay);
    }

    /** Its process name: {@code server 10000}. */
    public String who() {
        return who;
    }

    /** Its port. */
    public int port() {
        return port;
    }

    /** Its poem. */
    public Poem poem() {
        return poem;
    }

    /** The record of its listening, for the recording. */
    NetworkEvents.Listening listening(Time now) {
        return new NetworkEvents.Listening(now, who, port, poem.name(), poem.size(), chunk, delay);
    }

    void enqueue(Connection connection) {
        backlog.add(connection);
    }

    /** The server's main loop: accept, send the poem slowly, close; for ever. */
    void serve(Process process) {
        process.waitUntil(() -> !backlog.isEmpty(), null, () -> accept(process));
    }

    private void accept(Process process) {
        Connection connection = backlog.remove();
        process.world().record(new NetworkEvents.Accepted(process.now(), who, connection.name(), connection.client()));
        send(process, connection, 0);
    }

    /** Sends the chunk at {@code offset} and goes on after the delay; closes after the last one. */
    private void send(Process process, Connection connection, int offset) {
        if (offset < poem.size() && !connection.clientClosed()) {
            int bytes = Math.min(chunk, poem.size() - offset);
            process.world().record(new NetworkEvents.Sent(process.now(), who, connection.name(), bytes));
            connection.deliver(poem.slice(offset, offset + bytes));
            process.sleep(delay, () -> send(process, connection, offset + bytes));
            return;
        }
        connection.finish();
        process.world().record(new NetworkEvents.Closed(process.now(), who, connection.name()));
        serve(process);
    }
}
