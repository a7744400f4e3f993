package deferredsim.core.reactor.event;

import deferredsim.core.recording.SimEvent.ReactorEvent;
import deferredsim.core.time.Time;
import deferredsim.core.trace.JsonLine;

/**
 * What the network and the slow poetry servers do (Part 2 on): listen, accept, send, close;
 * connect, get refused, receive, see the end of the stream. A connection is named {@code c1},
 * {@code c2}, … in the order clients connect.
 */
public final class NetworkEvents {
    private NetworkEvents() {}

    /** Server {@code who} listens on {@code port}, serving {@code poem} of {@code bytes} bytes, {@code chunk} every {@code delay}. */
    public record Listening(Time time, String who, int port, String poem, int bytes, int chunk, Time delay)
            implements ReactorEvent {
        @Override
        public String kind() {
            return "listen";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("port", port)
                    .add("poem", poem)
                    .add("bytes", bytes)
                    .add("chunk", chunk)
                    .add("delay", delay)
                    .toString();
        }
    }

    /** A Twisted server's {@code listenTCP}: the port is bound and its socket watched; {@code factory} builds the protocols. */
    public record PortOpened(Time time, String who, int port, String factory) implements ReactorEvent {
        @Override
        public String kind() {
            return "listenTCP";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("port", port)
                    .add("factory", factory)
                    .toString();
        }
    }

    /** A Twisted server's listening port closed ({@code stopListening} done): new clients are refused. */
    public record PortClosed(Time time, String who, int port) implements ReactorEvent {
        @Override
        public String kind() {
            return "stopListening";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).add("port", port).toString();
        }
    }

    /** Server {@code who} accepted connection {@code connection} from {@code client}: "Somebody … wants poetry!". */
    public record Accepted(Time time, String who, String connection, String client) implements ReactorEvent {
        @Override
        public String kind() {
            return "accept";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("conn", connection)
                    .add("client", client)
                    .toString();
        }
    }

    /** Server {@code who} sent {@code bytes} bytes on {@code connection}: "Sending N bytes". */
    public record Sent(Time time, String who, String connection, int bytes) implements ReactorEvent {
        @Override
        public String kind() {
            return "send";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("conn", connection)
                    .add("bytes", bytes)
                    .toString();
        }
    }

    /** {@code who} (a server or a client) closed its end of {@code connection}. */
    public record Closed(Time time, String who, String connection) implements ReactorEvent {
        @Override
        public String kind() {
            return "close";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).add("conn", connection).toString();
        }
    }

    /** Client {@code who} connected to {@code port}: the connection is {@code connection}. */
    public record Connected(Time time, String who, String connection, int port) implements ReactorEvent {
        @Override
        public String kind() {
            return "connect";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind())
                    .add("conn", connection)
                    .add("port", port)
                    .toString();
        }
    }

    /** Client {@code who} tried to connect to {@code port}; nothing listens there: connection refused. */
    public record Refused(Time time, String who, int port) implements ReactorEvent {
        @Override
        public String kind() {
            return "refused";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).add("port", port).toString();
        }
    }

    /**
     * Client {@code who} read {@code bytes} bytes from {@code connection}'s receive buffer with one
     * {@code recv}; {@code data} is their text when the poem's text is known, else null.
     */
    public record Received(Time time, String who, String connection, int bytes, String data) implements ReactorEvent {
        @Override
        public String kind() {
            return "recv";
        }

        @Override
        public String traceLine() {
            JsonLine line =
                    JsonLine.of(time, who, kind()).add("conn", connection).add("bytes", bytes);
            return (data == null ? line : line.add("data", data)).toString();
        }
    }

    /**
     * {@code who}'s {@code recv} on {@code connection} returned nothing: the other end closed it ({@code
     * serverReads}: the server read and the client closed; else the reverse).
     */
    public record EndOfFile(Time time, String who, String connection, boolean serverReads) implements ReactorEvent {
        @Override
        public String kind() {
            return "eof";
        }

        @Override
        public String traceLine() {
            return JsonLine.of(time, who, kind()).add("conn", connection).toString();
        }
    }
}
