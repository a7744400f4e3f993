package deferredsim.core.reactor.tcp;

import deferredsim.core.reactor.Reactor;
import deferredsim.core.reactor.Reasons;
import deferredsim.core.reactor.WriteDescriptor;
import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.net.Data;
import deferredsim.core.value.Failure;
import java.util.function.Consumer;

/**
 * The sending half of a transport, as Twisted's {@code FileDescriptor} does it: {@link #write}
 * queues the bytes and asks the reactor to watch for writability; each {@code doWrite} ({@link
 * #flush}) sends what the socket takes, stops watching once the queue is empty and then, when the
 * transport is closing, ends the connection cleanly ({@code ConnectionDone}).
 */
final class Outgoing {
    private final Reactor reactor;
    private final WriteDescriptor owner;
    private final String connection;
    private final Consumer<Data> socket;
    private final WriteBuffer buffer = new WriteBuffer();

    /** Sends for {@code owner} (the descriptor the reactor watches) on {@code connection} into {@code socket}. */
    Outgoing(Reactor reactor, WriteDescriptor owner, String connection, Consumer<Data> socket) {
        this.reactor = reactor;
        this.owner = owner;
        this.connection = connection;
        this.socket = socket;
    }

    /** Queues {@code data} and starts writing (a later {@code select} finds the socket writable). */
    void write(Data data) {
        buffer.add(data);
        reactor.addWriter(owner);
    }

    /**
     * One {@code doWrite}: sends the front of the queue (recorded as a {@code send}); with the queue
     * empty, stops writing and, when {@code closing}, returns {@code ConnectionDone}.
     *
     * @return the reason to end the connection, or null to go on
     */
    Failure flush(boolean closing) {
        if (!buffer.isEmpty()) {
            Data sent = buffer.takeSend();
            var process = reactor.process();
            process.world().record(new NetworkEvents.Sent(process.now(), process.who(), connection, sent.size()));
            socket.accept(sent);
        }
        if (buffer.isEmpty()) {
            reactor.removeWriter(owner);
            if (closing) {
                return Reasons.CONNECTION_DONE;
            }
        }
        return null;
    }
}
