package deferredsim.core.reactor.service;

import deferredsim.core.engine.Deferred;
import deferredsim.core.reactor.SimulatedException;
import deferredsim.core.reactor.net.Poem;
import deferredsim.core.reactor.tcp.ListeningPort;
import deferredsim.core.reactor.tcp.Protocol;
import deferredsim.core.reactor.tcp.ServerFactory;
import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;

/** The services a tree's leaves can be: see {@link ServiceSpec}. */
final class LeafServices {
    private LeafServices() {}

    /** {@code internet.TCPServer}: the port is bound in the privileged pass, if it can be. */
    static final class TcpServer extends Service {
        private final int port;
        private final Poem poem;
        private ListeningPort listening;

        TcpServer(ServiceSpec.TcpServer spec) {
            super(spec.name());
            this.port = spec.port();
            this.poem = spec.poem();
        }

        @Override
        public void privilegedStartService(Twistd twistd) {
            listen(twistd);
        }

        @Override
        public void startService(Twistd twistd) {
            super.startService(twistd);
            if (listening == null) {
                listen(twistd);
            }
        }

        private void listen(Twistd twistd) {
            listening = twistd.tcp().listenTCP(port, new PoetryFactory(poem), twistd::log);
        }

        @Override
        public Deferred stopService(Twistd twistd) {
            super.stopService(twistd);
            Deferred closed = twistd.deferreds().create(name() + "_closed", name() + ".stopService");
            ListeningPort stopping = listening;
            listening = null;
            stopping.stopListening(() -> twistd.deferreds().fire(closed, Value.NONE));
            return closed;
        }
    }

    /** The fast poetry factory: each protocol writes the poem and closes. */
    private static final class PoetryFactory extends ServerFactory {
        private final Poem poem;

        PoetryFactory(Poem poem) {
            this.poem = poem;
        }

        @Override
        protected Protocol protocol() {
            return new Protocol() {
                @Override
                public void connectionMade() {
                    transport.write(poem.slice(0, poem.size()));
                    transport.loseConnection();
                }

                @Override
                public String className() {
                    return "PoetryProtocol";
                }
            };
        }
    }

    /** The book's PoetryService. */
    static final class Poetry extends Service {
        private final Poem poem;

        Poetry(ServiceSpec.Poetry spec) {
            super(spec.name());
            this.poem = spec.poem();
        }

        @Override
        public void startService(Twistd twistd) {
            super.startService(twistd);
            twistd.log("loaded a poem from: " + poem.name());
        }
    }

    /** A service that takes time to stop, or fails to. */
    static final class Custom extends Service {
        private final Time stopAfter;
        private final String stopFails;

        Custom(ServiceSpec.Custom spec) {
            super(spec.name());
            this.stopAfter = spec.stopAfter();
            this.stopFails = spec.stopFails();
        }

        @Override
        public Deferred stopService(Twistd twistd) {
            super.stopService(twistd);
            if (stopAfter == null) {
                if (stopFails != null) {
                    throw SimulatedException.of("Exception", stopFails);
                }
                return null;
            }
            Deferred stopped = twistd.deferreds().create(name() + "_done", name() + ".stopService");
            Value outcome = stopFails == null ? Value.NONE : Failure.raised(stopFails);
            twistd.reactor()
                    .callLater(
                            stopAfter,
                            name() + " finished stopping",
                            () -> twistd.deferreds().fire(stopped, outcome));
            return stopped;
        }
    }
}
