package deferredsim.core.reactor.server;

import deferredsim.core.reactor.LoopingCall;
import deferredsim.core.reactor.Reactor;
import deferredsim.core.reactor.RecordedDeferreds;
import deferredsim.core.reactor.SimulatedException;
import deferredsim.core.reactor.net.Network;
import deferredsim.core.reactor.tcp.NetstringReceiver;
import deferredsim.core.reactor.tcp.Protocol;
import deferredsim.core.reactor.tcp.ServerFactory;
import deferredsim.core.reactor.tcp.Tcp;
import deferredsim.core.reactor.world.Process;
import deferredsim.core.reactor.world.World;
import deferredsim.core.value.Failure;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A Twisted server program as a process with its own reactor: {@code listenTCP(port, factory)},
 * a line saying it serves, then {@code reactor.run()} for ever. Its factory (one, shared) builds a
 * protocol per accepted client:
 *
 * <ul>
 *   <li>{@link ServerKind#FAST}: {@code connectionMade} writes the poem and calls {@code
 *       loseConnection}; both return at once, and the reactor sends the bytes and then closes;
 *   <li>{@link ServerKind#SLOW}: {@code connectionMade} starts a {@code LoopingCall} that writes a
 *       chunk every {@code delay} (the first at once), stops itself after the last one and closes.
 *       {@code connectionLost} stops the loop when {@code stopLoopOnLost}; without that, a client
 *       that hangs up early leaves the loop running, every later write dropped;
 *   <li>{@link ServerKind#TRANSFORM}: a {@link NetstringReceiver}. A request {@code NAME.POEM}
 *       gets the transformed poem as a netstring, then the connection is closed; a request with no
 *       dot, an unknown transform name or a malformed netstring gets no reply, only the close.
 *       The one transform is {@code cummingsify} (lower case).
 * </ul>
 */
public final class TwistedServer {
    private final Process process;
    private final ServerSpec spec;
    private final RecordedDeferreds deferreds;
    private Reactor reactor;

    private TwistedServer(Process process, ServerSpec spec, RecordedDeferreds deferreds) {
        this.process = process;
        this.spec = spec;
        this.deferreds = deferreds;
    }

    /** Starts {@code spec}'s server as process {@code spec.who()} at its start time. */
    public static void spawn(World world, Network network, RecordedDeferreds deferreds, ServerSpec spec) {
        world.spawn(spec.who(), spec.start(), process -> new TwistedServer(process, spec, deferreds).main(network));
    }

    private void main(Network network) {
        reactor = Reactor.create(process);
        Tcp tcp = Tcp.create(reactor, network);
        ServerFactory factory = factory();
        try {
            process.call(
                    "reactor.listenTCP",
                    List.of(String.valueOf(spec.port()), factory.className()),
                    () -> tcp.listenTCP(spec.port(), factory, spec.readSize(), null));
        } catch (SimulatedException raised) {
            process.crashed(raised.render());
            return;
        }
        String what = spec.poem() != null ? spec.poem().name() : "transforms";
        process.print("Serving " + what + " on port " + spec.port() + ".");
        reactor.run(() -> process.exited());
    }

    private ServerFactory factory() {
        return switch (spec.kind()) {
            case FAST -> new PoetryFactory(FastPoetryProtocol::new);
            case SLOW -> new PoetryFactory(SlowPoetryProtocol::new);
            case TRANSFORM -> new TransformFactory();
        };
    }

    /** The poetry servers' factory: holds the poem; {@code protocol} is the class it builds. */
    private final class PoetryFactory extends ServerFactory {
        private final Supplier<Protocol> protocol;

        PoetryFactory(Supplier<Protocol> protocol) {
            this.protocol = protocol;
        }

        @Override
        protected Protocol protocol() {
            return protocol.get();
        }
    }

    /** Part 11's fast server protocol. */
    private final class FastPoetryProtocol extends Protocol {
        @Override
        public String className() {
            return "PoetryProtocol";
        }

        @Override
        public void connectionMade() {
            transport.write(spec.poem().slice(0, spec.poem().size()));
            transport.loseConnection();
        }
    }

    /** Part 11's slow server protocol: a chunk every {@code delay} from a LoopingCall. */
    private final class SlowPoetryProtocol extends Protocol {
        private LoopingCall loop;
        private int sent;

        @Override
        public String className() {
            return "SlowPoetryProtocol";
        }

        @Override
        public void connectionMade() {
            loop = LoopingCall.create(
                    reactor,
                    deferreds,
                    "self.loop",
                    "self.sendChunk",
                    "()",
                    () -> process.call(className() + ".sendChunk", List.of(), this::sendChunk));
            process.call(
                    "self.loop.start",
                    List.of(spec.delay().toString()),
                    () -> loop.start(spec.delay(), true, "loop_" + transport.logPrefix()));
        }

        private void sendChunk() {
            int size = spec.poem().size();
            int next = Math.min(size, sent + spec.chunk());
            if (sent < size) {
                transport.write(spec.poem().slice(sent, next));
                sent = next;
            }
            if (sent >= size) {
                loop.stop();
                transport.loseConnection();
            }
        }

        @Override
        public void connectionLost(Failure reason) {
            if (spec.stopLoopOnLost() && loop != null && loop.running()) {
                loop.stop();
            }
        }
    }

    /** Part 12's transformation factory: the service's transforms by name. */
    private static final class TransformFactory extends ServerFactory {
        @Override
        protected Protocol protocol() {
            return new TransformProtocol();
        }

        /** The transformed poem, or null when there is no such transform. */
        String transform(String name, String poem) {
            return name.equals("cummingsify") ? poem.toLowerCase(Locale.ROOT) : null;
        }
    }

    /** Part 12's transformation protocol. */
    private static final class TransformProtocol extends NetstringReceiver {
        @Override
        protected void stringReceived(String request) {
            int dot = request.indexOf('.');
            if (dot < 0) {
                transport.loseConnection();
                return;
            }
            String poem = ((TransformFactory) factory).transform(request.substring(0, dot), request.substring(dot + 1));
            if (poem != null) {
                sendString(poem);
            }
            transport.loseConnection();
        }
    }
}
